import Foundation

/// The tests' web server: `Tests/Fixtures/html/server.py` on 127.0.0.1 and a free port,
/// started once per test process. It exits when this process closes its stdin (or dies).
final class LocalServer: Sendable {
    static let shared: LocalServer? = try? LocalServer()

    let port: Int
    private let process: Process
    private let input: Pipe

    private init() throws {
        let script = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/html/server.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else { throw CocoaError(.fileReadUnknown) }
        self.port = port
        self.process = process
        self.input = input
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }
}
