import Foundation
import Testing

/// `dossier export` and `dossier verify` through the built binary, run in a chosen directory.
@Suite struct ExportCommandTests {
    static let seedPath = "Data/articles/the-insider-russia-azerbaijan-armenia-experts.txt"

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func dossier(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Never the user's own library: `verify` consults the default one when it exists.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = directory.path
        environment["DOSSIER_LIBRARY"] = nil
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func exportWritesOnceThenVerifiesIdenticalThenChanged() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = directory.appendingPathComponent("seed.txt")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(Self.seedPath), to: article)

        let export = try Self.dossier(["export", "--file", "seed.txt", "1", "-o", ".", "--accessed", "2025-01-02"], in: directory)
        #expect(export.status == 0, "\(export.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["mikaelian-russia-pushes-azerbaijan.csl.json", "mikaelian-russia-pushes-azerbaijan.md", "seed.txt"])

        let again = try Self.dossier(["export", "--file", "seed.txt", "1", "-o", "."], in: directory)
        #expect(again.status == 4)
        #expect(again.stderr.hasSuffix("mikaelian-russia-pushes-azerbaijan.md already exists; use --force to overwrite it\n"))

        let fresh = try Self.dossier(["verify", "mikaelian-russia-pushes-azerbaijan.md"], in: directory)
        #expect(fresh.status == 0)
        #expect(fresh.stdout.hasPrefix("identical: "))

        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "has clearly increased", with: "has sharply increased")
            .write(to: article, atomically: true, encoding: .utf8)
        let edited = try Self.dossier(["verify", "mikaelian-russia-pushes-azerbaijan.md"], in: directory)
        #expect(edited.status == 1)
        #expect(edited.stdout.hasPrefix("changed: "))
        #expect(edited.stdout.contains("[-clearly-] {+sharply+}"))
    }

    @Test func unknownQuoteAndNonExportAreOneLineErrors() throws {
        let root = CLIRunner.packageRoot
        let unknown = try Self.dossier(["export", "--file", Self.seedPath, "nope-99"], in: root)
        #expect(unknown.status == 5)
        #expect(unknown.stderr.contains("no quote 'nope-99'"))
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        let notExport = try Self.dossier(["verify", Self.seedPath], in: root)
        #expect(notExport.status == 3)
        #expect(notExport.stderr.contains("no Dossier quote record"))
    }

    @Test func stdoutJSONParsesAsTheRecord() throws {
        let result = try Self.dossier(["export", "--file", Self.seedPath, "1", "--format", "json"], in: CLIRunner.packageRoot)
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "dossier-quote/1")
    }
}
