import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation
import GRDB

/// Times the expert dossier and the country lens on a library: the most quoted experts and
/// countries (the worst cases) and a sample of ordinary experts, p50/p99/max per group.
struct DossierBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dossiers", abstract: "Expert dossier and country lens latency on a library.")
    @Argument var library: String
    @Option var runs = 5

    func run() throws {
        let lib = try Library(path: library)
        let queue = try DatabaseQueue(path: library)
        let (top, sample, countries, quotes) = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT expert_id FROM quote GROUP BY expert_id ORDER BY count(*) DESC LIMIT 10"),
             try String.fetchAll(db, sql: "SELECT id FROM expert ORDER BY id LIMIT 50 OFFSET 100"),
             try String.fetchAll(db, sql: "SELECT code FROM quote_country GROUP BY code ORDER BY count(*) DESC LIMIT 10"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0)
        }
        print("library: \(quotes) quotes")
        print("group                      items  p50 ms  p99 ms  max ms")
        try report("dossier, 10 most quoted", top) { _ = try lib.expertDossier(expertID: $0) }
        try report("dossier, 50 others", sample) { _ = try lib.expertDossier(expertID: $0) }
        try report("lens, 10 most tagged", countries) { _ = try lib.countryLens(code: $0) }
    }

    private func report(_ name: String, _ items: [String], _ body: (String) throws -> Void) throws {
        var times: [Double] = []
        for item in items {
            try body(item)  // warm-up
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body(item)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        let sorted = times.sorted()
        func at(_ q: Double) -> String {
            sorted.isEmpty ? "-" : String(format: "%.1f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))])
        }
        print(name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%6d", items.count)
              + [at(0.5), at(0.99), sorted.last.map { String(format: "%.1f", $0) } ?? "-"].map { $0.leftPadded(8) }.joined())
    }
}
