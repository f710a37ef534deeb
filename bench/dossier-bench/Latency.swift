import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation
import GRDB

/// Times top-50 queries per class on the library and on the raw FTS5 table.
struct Latency: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Query latency p50/p99 per class, library vs raw FTS5.")
    @Argument var library: String
    @Argument var raw: String
    @Option var runs = 5
    @Flag(help: "Pick the queries from <raw> but do not time it (a scaled library has no raw table of its own size).")
    var skipRawTimes = false
    @Option(help: "Time only the picked queries that contain this text (for profiling one query).") var only: String?
    @Option(help: "Write the queries, one `class<TAB>query` a line (for timing whole processes).") var queriesOut: String?

    func run() throws {
        let lib = try Library(path: library, access: .readOnly)  // as `dossier search` opens it
        let rawDB = try DatabaseQueue(path: raw)
        let classes = try QueryClasses.pick(raw: rawDB).compactMap { name, queries in
            let kept = queries.filter { only.map($0.contains) ?? true }
            return kept.isEmpty ? nil : (name, kept)
        }
        print("search accelerator: \(try lib.acceleratorStatus().message ?? "ready")")
        if let queriesOut {
            let lines = classes.flatMap { name, queries in queries.map { "\(name)\t\($0)\n" } }.joined()
            try lines.write(toFile: queriesOut, atomically: true, encoding: .utf8)
        }
        print("lib = dossier's search (accelerator, with snippets); raw = sqlite3 FTS5 bm25 on a plain table;")
        print("overlap/exact = the library's ranked page vs its own FTS5 ORDER BY bm25 (rows; rows, order and scores)")
        print("class       queries  lib p50 ms  lib p99 ms  raw p50 ms  raw p99 ms  top50 overlap  exact")
        for (name, queries) in classes {
            var libTimes: [Double] = []
            var rawTimes: [Double] = []
            var overlap: [Double] = []
            var exactCount = 0
            var perQuery: [String] = []
            for text in queries {
                let before = libTimes.count
                let query = try Query.parse(text)
                let fts = rawMatch(query)
                _ = try lib.search(query, limit: 50)  // warm-up
                for _ in 0..<runs {
                    libTimes.append(try time { _ = try lib.search(query, limit: 50) })
                    if let fts, !skipRawTimes {
                        rawTimes.append(try time { _ = try rawTop(rawDB, fts) })
                    }
                }
                let mine = try lib.rankedRows(query, limit: 50)
                let own = libTimes[before...].sorted()
                perQuery.append(String(format: "    %@  (p50 %.2f ms, max %.2f ms)", text, own[own.count / 2], own.last ?? 0))
                let exact = try lib.rankedRows(query, limit: 50, accelerated: false)
                overlap.append(exact.isEmpty ? 1 : Double(Set(mine.map(\.rowid)).intersection(exact.map(\.rowid)).count) / Double(exact.count))
                if mine.map(\.rowid) == exact.map(\.rowid) && mine.map(\.score) == exact.map(\.score) { exactCount += 1 }
            }
            func p(_ values: [Double], _ q: Double) -> String {
                guard !values.isEmpty else { return "-" }
                let sorted = values.sorted()
                return String(format: "%.2f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))])
            }
            let meanOverlap = overlap.isEmpty ? "-" : String(format: "%.2f", overlap.reduce(0, +) / Double(overlap.count))
            print(name.padding(toLength: 12, withPad: " ", startingAt: 0)
                  + String(format: "%7d", queries.count)
                  + [p(libTimes, 0.5), p(libTimes, 0.99), p(rawTimes, 0.5), p(rawTimes, 0.99)].map { $0.leftPadded(12) }.joined()
                  + meanOverlap.leftPadded(15) + "\(exactCount)/\(queries.count)".leftPadded(7))
            for line in perQuery { print(line) }
        }
    }

    func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    /// The same text query as a plain FTS5 expression (nil when it has field filters).
    func rawMatch(_ query: Query) -> String? {
        guard query.root.isPureText else { return nil }
        if case .not = query.root { return nil }
        return QueryFTS.expression(query.root)
    }

    func rawTop(_ db: DatabaseQueue, _ match: String) throws -> [Int64] {
        try db.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 1.0, 2.0, 0.5, 1.0, 0.5) LIMIT 50",
                               arguments: [match])
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
