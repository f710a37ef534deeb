import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

/// The search accelerator must rank exactly as FTS5's own `ORDER BY bm25(...)`: the same
/// rows, in the same order, with the same scores, for every query class, and still after
/// deletes and re-imports. Each check also proves the accelerator (not the fallback) answered.
@Suite struct AcceleratorExactnessTests {
    /// A generated library: Zipf-ish words (so there are very common words, common pairs and
    /// repeated phrases), diacritics and Cyrillic, experts, sections and countries.
    static func generatedArticle(_ n: Int, seed: UInt64) -> Article {
        var rng = SeededRandom(seed: seed &+ UInt64(n) &* 7919)
        let vocabulary = ["the", "war", "of", "and", "peace", "treaty", "russia", "sanctions", "sanction", "sanctioned",
                          "military", "militia", "militant", "forces", "talks", "stall", "political", "power", "gas",
                          "corridor", "turkey", "Türkiye", "Erdoğan", "invasion", "invade", "negotiation", "negotiate",
                          "кремль", "война", "border", "pipeline", "ceasefire", "the", "the", "of", "war", "and"]
        func word() -> String {
            if rng.next() % 12 == 0 { return "rare\(rng.next() % 200)" }  // words too rare to be common
            let r = rng.next() % 1000
            let index = Int(Double(vocabulary.count) * pow(Double(r) / 1000, 2.2))  // skewed to the front
            return vocabulary[min(index, vocabulary.count - 1)]
        }
        func sentence(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") + "." }
        let fp = String(format: "a%015x", n + Int(seed % 1000) * 100_000)
        let experts = ["Grant Mikaelian", "Nerses Kopalyan", "Milena Stanković", "Андрей Арешев"]
        let sections = ["The Role of Russia", "Military Balance", "Peace Treaty Talks"]
        let countries = ["RU", "AM", "AZ", "TR", "UA"]
        let quotes = (1...(3 + n % 5)).map { q -> Quote in
            let expert = experts[Int(rng.next() % UInt64(experts.count))]
            let section = n % 3 == 0 ? nil : sections[Int(rng.next() % UInt64(sections.count))]
            let paragraphs = (0..<(1 + q % 2)).map { _ in sentence(4 + Int(rng.next() % 30)) }
            let codes = countries.filter { _ in rng.next() % 3 == 0 }
            return SampleArticles.quote(fp, q, Expert.slug(for: expert), section, paragraphs, countries: codes)
        }
        let used = Set(quotes.map(\.expertID))
        return Article(title: "Experts on \(sentence(3)) \(n)", lede: "", fingerprint: fp,
                       sections: sections.enumerated().map { Section(heading: $1, line: $0 * 10) },
                       experts: experts.filter { used.contains(Expert.slug(for: $0)) }
                           .map { Expert(name: $0, credentials: "Analyst of \(sentence(2))") },
                       quotes: quotes, glossary: [])
    }

    static let queries = [
        // rare word, very common words, two common words (and more), phrases, prefixes, filters, exclusions
        "ceasefire", "кремль", "erdogan", "turkiye", "the", "war", "of",
        "russia sanctions", "the war", "of and", "war peace treaty", "sanctions sanctions",
        "\"peace treaty\"", "\"the war\"", "\"of the\"", "\"talks stall\"", "\"the the\"", "\"of the war\"", "\"the of the\"",
        "\"war and peace\"", "\"the war of the\"", "\"and the\" -\"of the\"", "\"of the\" \"the war\"", "\"gas the of\"",
        "sanction*", "milit*", "negot*", "inva*", "t*", "zzz*",
        "war country:RU", "the country:TR", "sanctions expert:kopalyan", "\"peace treaty\" expert:mik",
        "war section:\"role of russia\"", "gas -russia", "the -war -peace", "war -\"peace treaty\"",
        "peace nothingmatches", "nothingmatches",
    ]

    /// FTS5's own top `limit`: row ids and scores.
    static func fts5Top(_ library: Library, _ text: String, limit: Int) throws -> [(Int64, Double)] {
        let query = try Query.parse(text)
        let compiled = QuerySQLCompiler.compile(query)
        guard let match = compiled.match else { return [] }
        return try library.read { db in
            try Row.fetchAll(db, sql: """
                SELECT q.id, bm25(quote_fts, \(Library.bm25Weights)) AS score
                FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid
                WHERE quote_fts MATCH ? AND \(compiled.whereSQL) ORDER BY score, q.id LIMIT ?
                """, arguments: StatementArguments([match] + compiled.arguments + [limit])).map { ($0[0], $0[1]) }
        }
    }

    static func acceleratedTop(_ library: Library, _ text: String, limit: Int) throws -> [(Int64, Double)]? {
        let query = try Query.parse(text)
        return try library.read { db in try Library.acceleratedTop(query, QuerySQLCompiler.compile(query), limit: limit, db) }
    }

    static func expectExact(_ library: Library, limits: [Int] = [1, 7, 50], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try library.acceleratorStatus() == .ready, sourceLocation: sourceLocation)
        for text in queries {
            for limit in limits {
                let expected = try fts5Top(library, text, limit: limit)
                let got = try #require(try acceleratedTop(library, text, limit: limit), "\(text): not accelerated", sourceLocation: sourceLocation)
                #expect(got.map(\.0) == expected.map(\.0), "\(text) limit \(limit)", sourceLocation: sourceLocation)
                #expect(got.map(\.1) == expected.map(\.1), "\(text) limit \(limit): scores", sourceLocation: sourceLocation)
            }
        }
    }

    static func makeLibrary(articles: Int, seed: UInt64 = 1) throws -> Library {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        var batch: [(Article, Int)] = []
        for n in 0..<articles {
            batch.append((generatedArticle(n, seed: seed), 0))
            if batch.count == 40 { _ = try library.add(batch); batch = [] }
        }
        if !batch.isEmpty { _ = try library.add(batch) }
        return library
    }

    @Test func everyQueryClassRanksExactlyAsFTS5() throws {
        let library = try Self.makeLibrary(articles: 260)
        // Enough quotes that the common words span many blocks and block skipping happens.
        #expect(try library.read { db in try Int.fetchOne(db, sql: "SELECT max(n) FROM (SELECT count(*) AS n FROM accel_block GROUP BY term_id)") ?? 0 } > 5)
        try Self.expectExact(library)
        // Filters too large to list (every one here) are looked up per candidate, exactly as well.
        try RankedSearch.$filterRowLimit.withValue(0) { try Self.expectExact(library, limits: [7, 50]) }
    }

    @Test func filterProbesReadTheNarrowIndexAndStayExactWithoutIt() throws {
        let library = try Self.makeLibrary(articles: 120)
        #expect(try library.read { db in try FilterRestriction.probeSource(db) } == "quote q INDEXED BY quote_lens")
        // A library from before v18 (its lens index without the section) probes the quote rows, exactly.
        try library.write { db in
            try db.execute(sql: """
                DROP INDEX quote_lens; CREATE INDEX quote_lens ON quote(id, expert_id, article_id);
                DELETE FROM grdb_migrations WHERE identifier = 'v18-lens-section';
                """)
        }
        #expect(try library.read { db in try FilterRestriction.probeSource(db) } == "quote q")
        try RankedSearch.$filterRowLimit.withValue(0) { try Self.expectExact(library, limits: [7, 50]) }
        let migrated = try Library(path: library.path)
        #expect(try migrated.read { db in try FilterRestriction.probeSource(db) } == "quote q INDEXED BY quote_lens")
        try RankedSearch.$filterRowLimit.withValue(0) { try Self.expectExact(migrated, limits: [7, 50]) }
    }

    @Test func aFilterIsListedOnlyWhenItIsNotMuchLargerThanTheRarestPhrase() throws {
        let library = try Self.makeLibrary(articles: 120)
        let filter = QueryNode.field(.country, "RU")
        let size = try library.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_country WHERE code = 'RU'") ?? 0 }
        #expect(size > 30)
        let listed = try library.read { db in
            [try FilterRestriction([filter], candidates: size, db).cursors.count,
             try FilterRestriction([filter], candidates: size / 4, db).cursors.count,
             try FilterRestriction([filter], db).cursors.count]
        }
        #expect(listed == [1, 0, 1])  // listed, probed (the rarest phrase is far smaller), listed
        #expect(FilterRestriction.rowLimit(nil) == RankedSearch.filterRowLimit)
        #expect(FilterRestriction.rowLimit(10) == 30 && FilterRestriction.rowLimit(0) == 3)
        // Either way the page is FTS5's: a rare word under a large filter, a common one under it.
        for text in ["ceasefire country:RU", "the country:RU", "erdogan expert:kopalyan"] {
            for limit in [1, 50] {
                #expect(try Self.acceleratedTop(library, text, limit: limit)?.map(\.0) == Self.fts5Top(library, text, limit: limit).map(\.0), "\(text)")
            }
        }
    }

    @Test func aMissingOrUndecodableBlockSendsTheSearchToFTS5() throws {
        let library = try Self.makeLibrary(articles: 200)
        let everyHit = 1_000_000  // a page no search fills: every block of the term is read, in order
        let blocks = try library.read { db in
            try Int64.fetchAll(db, sql: "SELECT last_rowid FROM accel_block WHERE term_id = (SELECT id FROM accel_term WHERE term = 'the') ORDER BY last_rowid")
        }
        #expect(blocks.count > 4)
        #expect(try Self.acceleratedTop(library, "the", limit: everyHit)?.count == Self.fts5Top(library, "the", limit: everyHit).count)
        let missing = blocks[blocks.count / 2]
        try library.write { db in
            try db.execute(sql: "DELETE FROM accel_block WHERE term_id = (SELECT id FROM accel_term WHERE term = 'the') AND last_rowid = ?", arguments: [missing])
        }
        #expect(try Self.acceleratedTop(library, "the", limit: everyHit) == nil)
        #expect(try library.search(Query.parse("the"), limit: everyHit).map(\.quoteID).count == Self.fts5Top(library, "the", limit: everyHit).count)
        try library.write { db in
            try db.execute(sql: "UPDATE accel_block SET data = x'ff' WHERE term_id = (SELECT id FROM accel_term WHERE term = 'the') AND last_rowid = ?", arguments: [blocks[0]])
        }
        #expect(try Self.acceleratedTop(library, "the", limit: 7) == nil)
    }

    @Test func staysExactAfterDeletesAndReimports() throws {
        let library = try Self.makeLibrary(articles: 240)  // past CommonPairs.minimumQuotes: pairs are kept too
        // Replace articles (their quotes are deleted and re-inserted), delete one outright
        // (quotes go by the cascade), and import more: the accelerator follows every change.
        for n in [3, 50, 119] {
            let old = Self.generatedArticle(n, seed: 1)
            var new = Self.generatedArticle(n + 1000, seed: 2)
            new.fingerprint = old.fingerprint
            try library.replace(fingerprint: old.fingerprint, with: try PreparedArticle(new, byteCount: 0))
        }
        try library.write { db in
            try db.execute(sql: "DELETE FROM quote WHERE article_id = (SELECT id FROM article WHERE fingerprint = ?)",
                           arguments: [Self.generatedArticle(7, seed: 1).fingerprint])
        }
        // A delete outside an import leaves deletes pending: not used until caught up, never wrong.
        #expect(try library.acceleratorStatus() != .ready)
        #expect(try Self.acceleratedTop(library, "war", limit: 50) == nil)
        #expect(try library.search(Query.parse("war"), limit: 5).count == 5)
        for n in 200..<230 { try library.add(Self.generatedArticle(n, seed: 3)) }
        try Self.expectExact(library)
    }

    /// Phrases of common words read one pair term, which lists exactly the quotes FTS5 finds
    /// the phrase in; a library below `CommonPairs.minimumQuotes` has none.
    @Test func commonPairsListPhrasesOfCommonWords() throws {
        let small = try Self.makeLibrary(articles: 40)
        #expect(try small.read { db in try CommonPairs.stored(db) }.isEmpty)
        let library = try Self.makeLibrary(articles: 260)
        let common = try library.read { db in try CommonPairs.stored(db) }
        #expect(common.isSuperset(of: ["the", "of", "war", "and"]))
        #expect(!common.contains("137"))  // one article's number in its title
        for (first, second) in [("of", "the"), ("the", "war"), ("the", "the")] {
            let counts = try library.read { db -> (Int?, Int) in
                let df = try Int.fetchOne(db, sql: "SELECT df FROM accel_term WHERE term = ?", arguments: [CommonPairs.name(first, second)])
                let fts = try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_fts WHERE quote_fts MATCH ?", arguments: ["\"\(first) \(second)\""]) ?? -1
                return (df, fts)
            }
            #expect(counts.0 == counts.1, "\(first) \(second)")
        }
        // Phrases mixing a pair with a rare word check the pairs' positions, not only their order.
        let mixed: String? = try library.read { db in
            try (0..<200).map { "\"of the rare\($0)\"" }.first { (text: String) -> Bool in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_fts WHERE quote_fts MATCH ?", arguments: [text]) ?? 0) > 1
            }
        }
        let phrase = try #require(mixed)
        for text in [phrase, phrase.replacingOccurrences(of: "\"of the ", with: "\"the "), "\(phrase) war"] {
            #expect(try Self.acceleratedTop(library, text, limit: 50)?.map(\.0) == (try Self.fts5Top(library, text, limit: 50)).map(\.0), "\(text)")
        }
        // A library made before pair terms (none chosen) is told how to get them.
        #expect(try library.acceleratorUpgradeNote() == nil && small.acceleratorUpgradeNote() == nil)
        try library.write { db in try db.execute(sql: "DELETE FROM accel_common; UPDATE accel_state SET commons_chosen = 0") }
        #expect(try library.acceleratorUpgradeNote()?.contains("dossier index --rebuild") == true)
        try Self.expectExact(library, limits: [50])  // without pairs: the words' positions, as before
        try library.rebuildAccelerator()
        #expect(try library.acceleratorUpgradeNote() == nil)
        #expect(CommonPairs.parts(of: ["of", "the", "war"], common: ["of", "the", "war"]).map(\.offset) == [0, 1])
        #expect(CommonPairs.parts(of: ["gas", "the", "of"], common: ["of", "the"]).map(\.term) == ["gas", CommonPairs.name("the", "of")])
        #expect(CommonPairs.parts(of: ["of", "gas", "the"], common: ["of", "the"]).map(\.offset) == [0, 1, 2])
        try Self.expectExact(library, limits: [50])
    }

    @Test func aBulkImportRebuildsTheAcceleratorAtItsEnd() throws {
        let library = try Self.makeLibrary(articles: 20)
        let session = try library.beginImport(articleCount: 200, bulk: true)
        _ = try library.add((100..<300).map { (Self.generatedArticle($0, seed: 5), 0) })
        #expect(try library.acceleratorStatus() != .ready)  // deferred: searches stay exact through FTS5
        try session.finish()
        try Self.expectExact(library, limits: [50])
    }

    @Test func reusedRowIDsAfterDeletingTheNewestQuotes() throws {
        let library = try Self.makeLibrary(articles: 60)
        try library.write { db in
            try db.execute(sql: "DELETE FROM article WHERE id = (SELECT max(id) FROM article)")  // cascade: the highest row ids
        }
        for n in 300..<310 { try library.add(Self.generatedArticle(n, seed: 4)) }  // take the same row ids again
        try Self.expectExact(library, limits: [50])
    }

    @Test func rebuildMatchesIncrementalAndStaleFallsBack() throws {
        let library = try Self.makeLibrary(articles: 240)
        // The words' postings (a rebuild chooses the common terms again from all the quotes,
        // so the pair terms may differ from those chosen when the library reached 1,000 quotes).
        let words = """
            SELECT s.term_id, s.last_rowid, s.n, s.bound, b.data FROM accel_skip s JOIN accel_block b USING (term_id, last_rowid)
            WHERE s.term_id IN (SELECT id FROM accel_term WHERE term NOT LIKE char(1) || '%') ORDER BY 1, 2
            """
        let before = try library.read { db in try Row.fetchAll(db, sql: words) }
        // Passes of 97 quotes: each term's partial last block is carried from pass to pass,
        // decoded for terms with many postings per pass, encoded for the others.
        try AcceleratorRebuild.$chunk.withValue(97) { try library.rebuildAccelerator() }
        let after = try library.read { db in try Row.fetchAll(db, sql: words) }
        // The same postings, packed: imports start new blocks per batch, a rebuild fills them.
        #expect(after.count < before.count)
        let postingsBefore: Int = before.reduce(0) { $0 + ($1["n"] as Int) }
        let postingsAfter: Int = after.reduce(0) { $0 + ($1["n"] as Int) }
        #expect(postingsAfter == postingsBefore)
        try Self.expectExact(library, limits: [50])

        // Stale (a generation the postings do not describe), then corrupt: the FTS5 path answers, exactly.
        try library.write { db in try db.execute(sql: "UPDATE library_state SET generation = generation + 1") }
        #expect(try library.acceleratorStatus().message?.contains("dossier index --rebuild") == true)
        #expect(try Self.acceleratedTop(library, "war", limit: 50) == nil)
        try library.rebuildAccelerator()
        #expect(try library.acceleratorStatus() == .ready)
        try library.write { db in try db.execute(sql: "UPDATE accel_block SET data = x'ff' WHERE term_id = (SELECT id FROM accel_term WHERE term = 'war')") }
        #expect(try Self.acceleratedTop(library, "war", limit: 50) == nil)
        let hits = try library.search(Query.parse("war"), limit: 50)
        #expect(hits.compactMap(\.score) == (try Self.fts5Top(library, "war", limit: 50)).map(\.1))
        // A corrupt occurrence part (v17 keeps it apart): a phrase read by positions falls back too.
        try library.rebuildAccelerator()
        try library.write { db in try db.execute(sql: "UPDATE accel_occ SET data = x'ff'") }
        #expect(try Self.acceleratedTop(library, "war", limit: 50) != nil)  // ranking never reads them
        #expect(try Self.acceleratedTop(library, "\"of the war\"", limit: 50) == nil)
        let phraseHits = try library.search(Query.parse("\"of the war\""), limit: 50)
        #expect(phraseHits.compactMap(\.score) == (try Self.fts5Top(library, "\"of the war\"", limit: 50)).map(\.1))
    }

    @Test func rebuildMakesTheSamePostingsWithAnyNumberOfWorkers() throws {
        let library = try Self.makeLibrary(articles: 240)  // over `CommonPairs.minimumQuotes`: pair terms too
        let tables = [
            "SELECT term, id, df FROM accel_term ORDER BY id",
            "SELECT term_id, last_rowid, n, bound FROM accel_skip ORDER BY 1, 2",
            "SELECT term_id, last_rowid, data FROM accel_block ORDER BY 1, 2",
            "SELECT term_id, last_rowid, data FROM accel_occ ORDER BY 1, 2",
            "SELECT generation, rows, tokens, next_term FROM accel_state",
            "SELECT term FROM accel_common ORDER BY term",  // chosen from a sample tokenized in parts
        ]
        func postings(workers: Int) throws -> [[Row]] {
            // Passes of 97 quotes split in `workers` parts: terms carried between passes and
            // terms met in several parts of one pass.
            try AcceleratorRebuild.$workers.withValue(workers) {
                try AcceleratorRebuild.$chunk.withValue(97) { try library.rebuildAccelerator() }
            }
            return try library.read { db in try tables.map { try Row.fetchAll(db, sql: $0) } }
        }
        let one = try postings(workers: 1)
        #expect(one[0].count > 100 && one[2].count > one[0].count, "\(one[0].count) terms, \(one[2].count) blocks")  // terms with several blocks
        #expect(!one[5].isEmpty)  // common terms, and so pair terms
        for workers in [2, 3] {
            let many = try postings(workers: workers)
            for (table, rows) in many.enumerated() { #expect(rows == one[table], "\(tables[table]) with \(workers) workers") }
        }
        try Self.expectExact(library, limits: [50])
    }

    @Test func dateOrdersListMatchesByArticleDate() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        for (n, date) in [(0, "2024-01-05"), (1, nil), (2, "2025-02-01"), (3, "2023-07-07")] as [(Int, String?)] {
            var article = Self.generatedArticle(n, seed: 9)
            article.metadata.date = date
            article.quotes = article.quotes.map { var q = $0; q.paragraphs = ["Sanctions talk \(n)."]; return q }
            try library.add(article)
        }
        func order(_ sort: SearchOrder) throws -> [String] {
            try library.search(Query.parse("sanctions"), limit: 50, order: sort).map(\.articleTitle)
        }
        let newest = try order(.newest)
        #expect(newest.first?.hasSuffix(" 2") == true)
        #expect(newest.last?.hasSuffix(" 1") == true)  // undated counts as the oldest
        let oldest = try order(.oldest)
        #expect(oldest.first?.hasSuffix(" 1") == true)
        #expect(oldest.last?.hasSuffix(" 2") == true)
    }
}

/// SplitMix64, for reproducible generated libraries.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
