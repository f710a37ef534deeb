import DossierCore
import Foundation
import GRDB

/// Precomputed answers for very common single words.
///
/// FTS5 ranks by computing bm25 for every matching row, so `ORDER BY bm25 LIMIT 50`
/// on a word found in most quotes costs hundreds of milliseconds at 100k articles.
/// For each index term found in at least `minimumDocuments` quotes the library stores
/// the bm25 top `depth` rows (computed by FTS5 itself, same weights). A list is used
/// only while its generation equals the library's (no import since), so the page it
/// serves is exactly the bm25 top list; a stale list falls back to the full query.
extension Library {
    public static let impactDepth = 200

    /// Recomputes the stale lists of terms found in at least `minimumDocuments` quotes, most
    /// common term first, until `budget` seconds have been spent: each term costs one full
    /// bm25 pass over its quotes (seconds for the commonest words at 100k articles), so an
    /// import into a big library refreshes what its budget allows and the other lists stay
    /// stale, which only means those words take the exact FTS5 path. The passes run on
    /// `workers` reader connections at once (WAL readers do not block each other), and the
    /// lists are stored in one write transaction, only if no import ran meanwhile. A positive
    /// budget refreshes at least the commonest stale term; 0 refreshes nothing. Returns the
    /// number of terms refreshed.
    @discardableResult
    public func refreshImpactLists(minimumDocuments: Int = 20_000, depth: Int = impactDepth,
                                   budget: Double = .infinity, workers: Int = 2) throws -> Int {
        guard budget > 0 else { return 0 }
        let started = DispatchTime.now().uptimeNanoseconds
        let (terms, generation) = try writeWithoutTransaction { db -> ([(String, Int)], Int64) in
            let generation = try Self.generation(db)
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_vocab USING fts5vocab(main, quote_fts, 'row')")
            let terms = try Row.fetchAll(db, sql: """
                SELECT v.term, v.doc FROM temp.quote_vocab v LEFT JOIN term_impact_state s ON s.term = v.term
                WHERE v.doc >= ? AND s.generation IS NOT ? ORDER BY v.doc DESC, v.term
                """, arguments: [minimumDocuments, generation]).map { ($0[0] as String, $0[1] as Int) }
            return (terms, generation)
        }
        let work = ImpactWork(terms: terms, budget: budget, started: started)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, terms.count))) { _ in
            while let (index, term) = work.next() {
                let match = "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                let top = Result {
                    try self.read { db in
                        try Row.fetchAll(db, sql: """
                            SELECT rowid, bm25(quote_fts, \(Self.bm25Weights)) AS score FROM quote_fts
                            WHERE quote_fts MATCH ? ORDER BY score, rowid LIMIT ?
                            """, arguments: [match, depth]).map { ($0[0] as Int64, $0[1] as Double) }
                    }
                }
                work.finish(index, top)
            }
        }
        let lists = try work.results()
        guard !lists.isEmpty else { return 0 }
        return try write { db in
            guard try Self.generation(db) == generation else { return 0 }  // another import ran meanwhile
            let insert = try db.cachedStatement(sql: "INSERT INTO term_impact (term, position, quote_rowid, score) VALUES (?, ?, ?, ?)")
            for (index, top) in lists {
                let (term, documents) = terms[index]
                try db.execute(sql: "DELETE FROM term_impact WHERE term = ?", arguments: [term])
                for (position, (rowid, score)) in top.enumerated() {
                    try insert.execute(arguments: [term, position + 1, rowid, score])
                }
                try db.execute(sql: "INSERT OR REPLACE INTO term_impact_state (term, generation, documents) VALUES (?, ?, ?)",
                               arguments: [term, generation, documents])
            }
            return lists.count
        }
    }

    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT generation FROM library_state WHERE id = 1") ?? 0
    }

    /// The exact top `limit` (row id, bm25) for a one-word query, when a fresh list holds it.
    static func impactTop(_ query: Query, limit: Int, _ db: Database) throws -> [(Int64, Double)]? {
        guard case .phrase(let words, prefix: false) = query.root, words.count == 1, limit <= impactDepth else { return nil }
        let term = SearchText.stem(words[0])
        guard let listGeneration = try Int64.fetchOne(db, sql: "SELECT generation FROM term_impact_state WHERE term = ?", arguments: [term]),
              try listGeneration == generation(db) else { return nil }
        return try Row.fetchAll(db, sql: "SELECT quote_rowid, score FROM term_impact WHERE term = ? ORDER BY position LIMIT ?",
                                arguments: [term, limit]).map { ($0[0], $0[1]) }
    }
}

/// The terms of one refresh handed out to the worker threads, most common first, until
/// the budget is spent (the commonest term is always handed out).
private final class ImpactWork: @unchecked Sendable {
    private let terms: [(String, Int)]
    private let budget: Double
    private let started: UInt64
    private let lock = NSLock()
    private var handedOut = 0
    private var lists: [Int: Result<[(Int64, Double)], Error>] = [:]

    init(terms: [(String, Int)], budget: Double, started: UInt64) {
        self.terms = terms
        self.budget = budget
        self.started = started
    }

    func next() -> (Int, String)? {
        lock.lock()
        defer { lock.unlock() }
        let spent = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        guard handedOut < terms.count, handedOut == 0 || spent < budget else { return nil }
        handedOut += 1
        return (handedOut - 1, terms[handedOut - 1].0)
    }

    func finish(_ index: Int, _ top: Result<[(Int64, Double)], Error>) {
        lock.lock()
        lists[index] = top
        lock.unlock()
    }

    /// The finished lists by term index; the first error, if any pass failed.
    func results() throws -> [(Int, [(Int64, Double)])] {
        lock.lock()
        defer { lock.unlock() }
        return try lists.sorted { $0.key < $1.key }.map { ($0.key, try $0.value.get()) }
    }
}
