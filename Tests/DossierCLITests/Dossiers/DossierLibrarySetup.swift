import Foundation
import Testing

/// A library made by `dossier import` of the bundled roundup (2024) and a short 2025 roundup that
/// quotes Nerses Kopalyan again under another affiliation, beside Milena Stanković.
struct DossierLibrarySetup {
    let setup: ExportLibraryCommandTests.Setup
    var directory: URL { setup.directory }

    static let belgrade = """
        Belgrade plays for time, experts say

        Serbia's leaders are stalling on a deal, and the region watches. We asked two experts.

        Nerses Kopalyan, Visiting fellow at the Belgrade Centre for Security Policy:

        “Nobody in Belgrade wants a war, but Russia profits from conflicts elsewhere, and Armenia knows it.”

        Milena Stanković, Senior researcher at the Institute of European Studies:

        “Kosovo and Serbia need a deal; Azerbaijan and Russia are watching closely.”

        """

    init() throws {
        setup = try ExportLibraryCommandTests.Setup()
        try Self.belgrade.write(to: setup.directory.appendingPathComponent("belgrade.txt"), atomically: true, encoding: .utf8)
        try #"{ "publication": "Example Review", "url": "https://example.org/belgrade", "date": "2025-05-02" }"#
            .write(to: setup.directory.appendingPathComponent("belgrade.meta.json"), atomically: true, encoding: .utf8)
        let imported = try setup.run(["import", "--library", "lib.sqlite", "belgrade.txt"])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    /// `dossier ARGUMENTS --library lib.sqlite` in the folder.
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try setup.run(arguments + ["--library", "lib.sqlite"])
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// Runs a tool found on PATH in the folder; nil when it is not installed.
    func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
        guard let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func remove() { setup.remove() }
}
