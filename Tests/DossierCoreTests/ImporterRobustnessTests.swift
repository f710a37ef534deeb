import Foundation
import Testing
@testable import DossierCore

/// Mangled articles must import or fail with a `DossierError`, never crash or hang.
@Suite struct ImporterRobustnessTests {
    /// SplitMix64: a tiny deterministic generator so failures reproduce.
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

    static let junk = ["", "“", "”", "«", "—Name is", "Jump to an expert reaction:", "Notes", "---", "> ", "**Bold**",
                       "1. Question?", "Grant Mikaelian", "Subscribe", "{", "\u{1B}[2J", "Ivan Petrov, analyst:", "“Unclosed"]

    func mutate(_ lines: [String], _ rng: inout SeededGenerator) -> String {
        var lines = lines
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            guard !lines.isEmpty else { break }
            let at = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[at], at: Int.random(in: 0...lines.count, using: &rng))
            case 2: lines.insert(Self.junk.randomElement(using: &rng) ?? "", at: at)
            case 3: lines = Array(lines.prefix(at))
            default: lines[at] = String(lines[at].shuffled(using: &rng).prefix(40))
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mangledArticlesNeverCrash() throws {
        var sources = [try String(contentsOfFile: Paths.seed, encoding: .utf8)]
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: Paths.fixtures.path)
        for name in fixtures where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            sources.append(try String(contentsOfFile: Paths.fixtures.appendingPathComponent(name).path, encoding: .utf8))
        }
        var rng = SeededGenerator(state: 2024)
        var imported = 0, refused = 0
        for round in 0..<300 {
            let source = sources[round % sources.count]
            let text = mutate(source.components(separatedBy: "\n"), &rng)
            do {
                let article = try ArticleImporter().parse(data: Data(text.utf8), fileName: round % 5 == 4 ? "m.md" : "m.txt")
                imported += 1
                for quote in article.quotes {
                    #expect(!quote.paragraphs.isEmpty)
                    #expect(quote.source.startLine <= quote.source.endLine)
                    #expect(quote.source.startByte <= quote.source.endByte && quote.source.endByte <= text.utf8.count)
                    #expect(article.experts.contains { $0.id == quote.expertID })
                }
            } catch is DossierError {
                refused += 1
            }
        }
        #expect(imported > 100, "most mangled articles still have quotes (imported \(imported), refused \(refused))")
    }
}
