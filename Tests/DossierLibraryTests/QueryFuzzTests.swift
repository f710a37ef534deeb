import DossierCore
import Foundation
import Testing
@testable import DossierLibrary

/// Odd input never crashes and never surfaces a raw SQLite error: either results or a one-line query error.
@Suite struct QueryFuzzTests {
    static let pieces = ["war", "Erdoğan", "\"", "(", ")", "*", "-", ":", "OR", "AND", "NOT", "NEAR(a b)", "^", "+",
                         "expert:", "country:", "section:", "\"role of", "москва", "'", "{", "}", "col:x", "a*b", "—", " ", "  ",
                         "\u{0}", "\u{1B}[2J", "\\", "%", "_", "1", "?"]

    @Test func randomQueriesGiveResultsOrAOneLineError() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        try library.add(SampleArticles.caucasus)
        var rng = SeededGenerator(state: 42)  // reproducible: the same 600 queries every run
        var parsed = 0
        for _ in 0..<600 {
            let text = (0..<Int.random(in: 1...6, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng) ?? "" }
                .joined(separator: Bool.random(using: &rng) ? " " : "")
            do {
                let query = try Query.parse(text)
                parsed += 1
                _ = try library.search(query, limit: 5)
                _ = query.matchingQuotes(in: SampleArticles.caucasus)
            } catch let error as DossierError {
                #expect(error.message.hasPrefix("query: "), "\(text.debugDescription): \(error.message)")
                #expect(!error.message.contains("\n"))
            }
        }
        #expect(parsed > 50)
    }
}

/// A tiny deterministic generator (SplitMix64) for reproducible fuzzing.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
