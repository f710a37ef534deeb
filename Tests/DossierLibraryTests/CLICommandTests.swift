import DossierTestSupport
import Foundation
import Testing

/// The library subcommands of the built `dossier` binary: output, exit codes, no escapes when piped.
@Suite(.serialized) struct CLICommandTests {
    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static let binary = ImportProcessTests.binary

    static let fixtures = ImportProcessTests.packageRoot.appendingPathComponent("Data/articles").path

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.environment = isolatedDossierEnvironment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    func library() throws -> String {
        let path = try temporaryDirectory() + "/lib.sqlite"
        let result = try run(["import", "--library", path, Self.fixtures])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1 new, 0 unchanged, 0 duplicates, 0 failed"))
        #expect(result.stderr.isEmpty)  // no progress bar when stderr is not a terminal
        return path
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func indexRebuildAndSortOrders() throws {
        let path = try library()
        #expect(try run(["index", "--library", path]).stdout == "search accelerator: ready\n")
        let rebuilt = try run(["index", "--rebuild", "--library", path])
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stdout.hasPrefix("search accelerator rebuilt in "))
        let upgraded = try run(["index", "--upgrade", "--library", path])
        #expect(upgraded.status == 0)
        #expect(upgraded.stdout == "search accelerator: its blocks are already in the current layout\nsearch accelerator: ready\n")
        let ranked = try run(["search", "--library", path, "russia", "--limit", "3"])
        #expect(ranked.status == 0 && ranked.stderr.isEmpty)  // the accelerator answered: no note
        let newest = try run(["search", "--library", path, "russia", "--sort", "newest", "--json"])
        #expect(newest.status == 0 && newest.stdout.contains("\"quoteID\""))
        #expect(try run(["search", "--library", path, "russia", "--sort", "sideways"]).status == 64)
    }

    /// Reading commands open the library read-only: the file's bytes stay as they were (a
    /// writable open set up the WAL with a write and checkpointed it into the file on exit).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func readingCommandsNeverWriteTheLibrary() throws {
        let path = try library()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reads: [[String]] = [
            ["search", "russia"], ["search", "\"role of russia\"", "--json"], ["list", "experts"],
            ["list", "articles", "--json"], ["expert", "kopalyan"], ["country", "RU", "--json"], ["collection", "list"],
        ]
        for arguments in reads {
            let result = try run(arguments + ["--library", path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // A search while a writer is between transactions still reads through its WAL.
        #expect(try run(["import", "--library", path, Self.fixtures]).status == 0)
        #expect(try run(["search", "--library", path, "russia"]).stdout.contains("Russia"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func searchPipedIsPlainAndRanked() throws {
        let path = try library()
        let result = try run(["search", "--library", path, "erdogan", "-putin", "--limit", "5"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Erdoğan"))
        #expect(!result.stdout.contains("\u{1B}"))
        let json = try run(["search", "--library", path, "--json", "invasion"])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let scores = hits.compactMap { $0["score"] as? Double }
        #expect(!hits.isEmpty && scores == scores.sorted())
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func libraryFromEnvironmentAndErrors() throws {
        let path = try library()
        let viaEnv = try run(["list", "experts"], environment: ["DOSSIER_LIBRARY": path])
        #expect(viaEnv.stdout.contains("Nerses Kopalyan (nerses-kopalyan)"))

        let bad = try run(["search", "--library", path, "war \"peace"])
        #expect(bad.status == 1)
        #expect(bad.stderr == "dossier: query: unbalanced quote (no closing \") at column 5\n")

        let missing = try run(["show", "--library", path, "00000000-01"])
        #expect(missing.status == 5)

        let foreign = try temporaryDirectory() + "/notes.txt"
        try "just text, not a database, long enough to have a header of one hundred bytes ......................"
            .write(toFile: foreign, atomically: true, encoding: .utf8)
        let rejected = try run(["list", "articles", "--library", foreign])
        #expect(rejected.status == 3)
        #expect(rejected.stderr.contains("not a Dossier library"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func showAndListJSON() throws {
        let path = try library()
        let list = try run(["list", "articles", "--json", "--library", path])
        let articles = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(articles.count == 1)
        let fingerprint = try #require(articles.first?["fingerprint"] as? String)
        let show = try run(["show", "\(fingerprint.prefix(8))-03", "--library", path])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Rauf Mirgadirov"))
        let again = try run(["import", "--library", path, Self.fixtures])
        #expect(again.stdout.hasPrefix("0 new, 1 unchanged"))
    }
}

extension CLICommandTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func readingCommandsDoNotCreateALibrary() throws {
        let path = try temporaryDirectory() + "/none.sqlite"
        let result = try run(["search", "--library", path, "war"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("does not exist yet"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
