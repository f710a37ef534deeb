import DossierCore
import Foundation
import GRDB

/// The exact bm25 top `limit` of a `RankedPlan`, from the accelerator's postings.
///
/// Document-at-a-time over the phrases' postings in row id order, as a conjunction
/// (leapfrog from the rarest phrase), with block-max skipping (Ding & Suel's block-max
/// WAND, as Lucene and Tantivy run it for conjunctions): once `limit` quotes are held, a run
/// of blocks whose summed score bound cannot beat the worst held quote is skipped unread.
/// Scores are FTS5's bm25 arithmetic, operation for operation (fts5_aux.c), so they are
/// equal, not close; ties go to the lower row id because later candidates only enter on a
/// strictly better score.
enum RankedSearch {
    static let k1 = 1.2
    static let b = 0.75

    /// Filter rows fetched to restrict the candidates, at most (beyond that, each candidate
    /// that would enter the page is checked instead).
    /// (Task-local so a test can send every filter through the per-candidate lookups.)
    @TaskLocal static var filterRowLimit = 25_000

    /// nil when a phrase cannot be expressed in postings (a prefix inside a longer phrase,
    /// words with no tokens): the caller takes the FTS5 path.
    static func top(_ plan: RankedPlan, limit: Int, totals: IndexTotals, _ db: Database) throws -> [(Int64, Double)]? {
        guard limit > 0 else { return [] }
        let tokenizer = try IndexTokenizer(db)
        let store = PostingStore(db: db)
        var positives: [PostingCursor] = []
        for phrase in plan.positives {
            guard let cursor = try source(phrase, tokenizer, store) else { return nil }
            positives.append(cursor)
        }
        var negatives: [PostingCursor] = []
        for phrase in plan.negatives {
            guard let cursor = try source(phrase, tokenizer, store) else { return nil }
            negatives.append(cursor)
        }
        let filter = try FilterRestriction(plan.filters, candidates: positives.map(\.hits).min(), db)

        let averageLength = totals.averageLength
        let idf = positives.map { idfOf(hits: Int64($0.hits), rows: totals.rows) }
        // Leapfrog order: rarest first; the filters' rows join the conjunction unscored.
        let conjunction = (positives + filter.cursors).sorted { $0.hits < $1.hits }
        if conjunction.contains(where: { $0.headers.isEmpty }) { return [] }

        // The lead's idf when it is a phrase (not a filter's rows), and the other phrases with theirs.
        let leadIDF = positives.firstIndex { $0 === conjunction[0] }.map { idf[$0] }
        let otherPositives = zip(positives, idf).filter { $0.0 !== conjunction[0] }.map { (cursor: $0.0, idf: $0.1) }
        var heap = TopHeap(limit: limit)
        var target: Int64 = .min
        outer: while true {
            for cursor in conjunction where !cursor.skipBlocks(to: target) { break outer }
            if heap.isFull {
                var bound = 0.0
                for (index, cursor) in positives.enumerated() {
                    bound += cursor.blockBound(idf: idf[index], averageLength)
                }
                if bound * (1 + 1e-9) <= heap.threshold {
                    var end = Int64.max
                    for cursor in conjunction { end = min(end, cursor.header.lastRowid) }
                    if end == .max { break }
                    target = end + 1
                    continue
                }
            }
            let candidate = try conjunction[0].next(target)
            if candidate == .max { break }
            if heap.isFull {
                // The lead's exact share plus the others' block bounds (MaxScore's test, per
                // candidate): a hopeless candidate never makes the other clauses read a block.
                var others = 0.0
                var othersEnd = Int64.max
                for (cursor, idf) in otherPositives {
                    guard cursor.skipBlocks(to: candidate) else { break outer }
                    others += cursor.blockBound(idf: idf, averageLength)
                    othersEnd = min(othersEnd, cursor.header.lastRowid)
                }
                if let leadIDF {
                    // The lead's hopeless postings are passed in one loop, as far as the others' blocks reach.
                    let (next, hopeful) = conjunction[0].firstHopeful(idf: leadIDF, averageLength, others: otherPositives,
                                                                      threshold: heap.threshold, upTo: othersEnd)
                    if !hopeful || next != candidate {
                        target = next
                        continue
                    }
                } else if others * (1 + 1e-9) <= heap.threshold {
                    target = candidate + 1
                    continue
                }
            }
            var agreed = true
            for cursor in conjunction.dropFirst() {
                let rowid = try cursor.next(candidate)
                if rowid == .max { break outer }
                if rowid > candidate { target = rowid; agreed = false; break }
            }
            guard agreed else { continue }
            target = candidate + 1
            var excluded = false
            for cursor in negatives where try cursor.next(candidate) == candidate { excluded = true; break }
            if excluded { continue }
            var total = 0.0
            for (index, cursor) in positives.enumerated() {
                total += score(idf: idf[index], f2: cursor.f2, length: cursor.length, averageLength)
            }
            guard heap.accepts(total) else { continue }
            if try filter.admits(candidate) { heap.insert(total, candidate) }
        }
        return heap.ranked().map { ($0.rowid, -1.0 * $0.score) }
    }

    /// bm25's idf for a phrase found in `hits` of `rows` quotes (fts5_aux.c: clamped to 1e-6).
    static func idfOf(hits: Int64, rows: Int64) -> Double {
        let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// One phrase's share of bm25, in fts5_aux.c's order of operations.
    @inline(__always)
    static func score(idf: Double, f2: Int32, length: Int32, _ averageLength: Double) -> Double {
        let f = Double(f2) / 2
        let d = Double(length)
        return idf * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * d / averageLength)))
    }

    /// The postings of one phrase: a term's own, a prefix's union, or a phrase verified by positions.
    /// `verifyingPositions` false: nil for a phrase that would have to be computed whole from
    /// positions (one term, a prefix or a pair term only).
    static func source(_ phrase: RankedPlan.Phrase, _ tokenizer: IndexTokenizer, _ store: PostingStore,
                       verifyingPositions: Bool = true) throws -> PostingCursor? {
        let tokens = try tokenizer.tokens(phrase.text, query: true, prefix: phrase.prefix)
        guard let first = tokens.first else { return nil }
        if phrase.prefix {
            guard tokens.count == 1 else { return nil }
            return try PhraseSources.prefix(first, store)
        }
        if tokens.count == 1 { return try store.cursor(term: first, occurrences: .none) }
        let parts = CommonPairs.parts(of: tokens, common: try CommonPairs.common(among: tokens, store.db))
        if parts.count == 1 { return try store.cursor(term: parts[0].term, occurrences: .none) }  // a pair term
        return verifyingPositions ? try PhraseSources.phrase(parts, store) : nil
    }
}

/// The best `limit` (score, row id) pairs seen, worst on top. `score` is bm25's positive sum
/// (higher is better); among equal scores the lower row id is better.
struct TopHeap {
    struct Entry { var score: Double; var rowid: Int64 }
    let limit: Int
    private var entries: [Entry] = []

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { entries.count >= limit }
    /// The worst held score (only meaningful when full).
    var threshold: Double { entries.first?.score ?? -.infinity }

    /// Whether a later row id with this score would enter (ties lose to held, lower row ids).
    func accepts(_ score: Double) -> Bool { !isFull || score > threshold }

    private static func worse(_ a: Entry, _ b: Entry) -> Bool {
        a.score < b.score || (a.score == b.score && a.rowid > b.rowid)
    }

    mutating func insert(_ score: Double, _ rowid: Int64) {
        let entry = Entry(score: score, rowid: rowid)
        if !isFull {
            entries.append(entry)
            var child = entries.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.worse(entries[child], entries[parent]) else { break }
                entries.swapAt(child, parent)
                child = parent
            }
            return
        }
        entries[0] = entry
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < entries.count, Self.worse(entries[left], entries[worst]) { worst = left }
            if right < entries.count, Self.worse(entries[right], entries[worst]) { worst = right }
            if worst == parent { return }
            entries.swapAt(parent, worst)
            parent = worst
        }
    }

    /// Best first.
    func ranked() -> [Entry] { entries.sorted { Self.worse($1, $0) } }
}
