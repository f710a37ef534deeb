import Foundation

/// With `DOSSIER_FUZZ_TIMING` set, each check's phases print their time to stderr, to tell
/// which part of a slow input (a timeout finding) is slow.
enum Timing {
    static let enabled = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TIMING"] != nil

    static func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            FileHandle.standardError.write(Data("dossier-fuzz timing: \(name) \(String(format: "%.1f", ms)) ms\n".utf8))
        }
        return try body()
    }
}
