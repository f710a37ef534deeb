import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation
import GRDB

/// `dossier-bench`: corpus generator and query-latency harness used by `make bench`.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Generate a synthetic roundup corpus and measure the library against raw SQLite FTS5.",
        subcommands: [Generate.self, DumpQuotes.self, Rebuild.self, Latency.self, ParseBench.self, Variants.self, VariantsDump.self,
                      DossierBench.self]
    )
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write N deterministic articles into DIR.")
    @Argument var count: Int
    @Argument var directory: String
    @Option var seed: UInt64 = 20_240_301

    func run() throws {
        let bytes = try CorpusGenerator(seed: seed).write(count: count, to: directory)
        print("generated \(count) articles, \(bytes) bytes")
    }
}

/// Dumps the library's indexed quote text as CSV, the input of the raw sqlite3 bulk load.
struct DumpQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dump-quotes", abstract: "Write the indexed quote columns as CSV.")
    @Argument var library: String
    @Argument var output: String

    func run() throws {
        let queue = try DatabaseQueue(path: library)
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: output) else { throw ValidationError("cannot write \(output)") }
        defer { try? handle.close() }
        func csv(_ value: String) -> String { "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        try queue.read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT q.id, q.quote_id, a.fingerprint, q.body, q.expert_name, q.credentials, q.heading, q.title
                FROM quote q JOIN article a ON a.id = q.article_id ORDER BY q.id
                """)
            var buffer = ""
            while let row = try cursor.next() {
                let id: Int64 = row[0]
                buffer += "\(id)," + (1...7).map { csv(row[$0]) }.joined(separator: ",") + "\n"
                if buffer.utf8.count > 1 << 20 { handle.write(Data(buffer.utf8)); buffer = "" }
            }
            handle.write(Data(buffer.utf8))
        }
    }
}

/// Rebuilds the search accelerator (`dossier index --rebuild`), timed, and prints its size.
struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Rebuild a library's search accelerator and print its build time and size.")
    @Argument var library: String

    func run() throws {
        let opened = try Library(path: library)
        let start = Date()
        try opened.rebuildAccelerator()
        let seconds = Date().timeIntervalSince(start)
        let size = try opened.acceleratorSize()
        print(String(format: "accelerator rebuild: %.1f s, %.1f MB (%d terms, %d blocks)",
                     seconds, Double(size.bytes) / 1_048_576, size.terms, size.blocks))
    }
}
