import Foundation

/// Appends lines to the file named by `DOSSIER_LOG`; silent when it is unset,
/// so nothing is ever written to the terminal the browser owns.
public struct DebugLog: Sendable {
    private let path: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        path = environment["DOSSIER_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public func write(_ message: @autoclosure () -> String) {
        guard let path else { return }
        let line = "\(Date()) \(message())\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
        }
    }
}
