import Foundation
import GRDB

/// Keeps the accelerator's postings equal to the full-text index, inside the writer's
/// transaction: removes the postings of deleted quotes, appends those of new quotes (their
/// row ids are always above every indexed one once deletes are applied), and moves
/// `accel_state` to the library's generation. An accelerator found inconsistent is marked
/// unbuilt (generation -1), never patched: searches then take the exact FTS5 path until
/// `dossier index --rebuild`.
struct AcceleratorWriter {
    private let db: Database
    private let tokenizer: IndexTokenizer
    private var rows: Int64
    private var tokens: Int64
    private var nextTerm: Int64
    /// The terms whose neighbouring pairs are indexed (`CommonPairs`).
    private var common: Set<String> = []

    /// Quotes tokenized per pass (bounds the memory of the per-term lists; a rebuild has its
    /// own, `AcceleratorRebuild.chunk`). (Task-local so a test can make many passes.)
    @TaskLocal static var chunk = 4_096

    private init(_ db: Database) throws {
        self.db = db
        tokenizer = try IndexTokenizer(db)
        let state = try Row.fetchOne(db, sql: "SELECT rows, tokens, next_term FROM accel_state WHERE id = 1")
        rows = state?["rows"] ?? 0
        tokens = state?["tokens"] ?? 0
        nextTerm = state?["next_term"] ?? 1
        common = try CommonPairs.stored(db)
    }

    /// Brings a built accelerator up to date with the quotes after `lastOldQuote` and the
    /// pending deletes; leaves an unbuilt one alone (it waits for a rebuild).
    static func catchUp(quotesAfter lastOldQuote: Int64, _ db: Database) throws {
        guard let generation = try Int64.fetchOne(db, sql: "SELECT generation FROM accel_state WHERE id = 1"), generation >= 0 else { return }
        if try !CommonPairs.chosen(db) {
            // A small library that just grew past `minimumQuotes`: choose its common terms
            // and list their pairs for every quote (a rebuild of at most a few seconds).
            let quotes = try IndexTotals.read(db).rows
            if quotes >= CommonPairs.minimumQuotes && quotes <= CommonPairs.automaticRebuildLimit {
                return try AcceleratorRebuild.run(db)
            }
        }
        let started = DispatchTime.now().uptimeNanoseconds
        defer { AcceleratorCost.shared.add(DispatchTime.now().uptimeNanoseconds - started) }
        var writer = try AcceleratorWriter(db)
        do {
            try writer.applyDeletes()
            try writer.add(quotesAfter: lastOldQuote)
            try writer.save(generation: try Library.generation(db))
        } catch let error as AcceleratorInconsistency {
            try markUnbuilt(db, reason: error)
        }
    }

    /// Leaves the accelerator for `rebuild` (searches take the FTS5 path until then).
    static func markUnbuilt(_ db: Database, reason: AcceleratorInconsistency? = nil) throws {
        try db.execute(sql: "UPDATE accel_state SET generation = -1")
    }

    private func save(generation: Int64) throws {
        try Self.saveState(db, generation: generation, rows: rows, tokens: tokens, nextTerm: nextTerm)
    }

    /// Records what the postings describe: the library's generation, the quotes and tokens
    /// they count (bm25's N and average length), and the next term id.
    static func saveState(_ db: Database, generation: Int64, rows: Int64, tokens: Int64, nextTerm: Int64) throws {
        try db.execute(sql: "UPDATE accel_state SET generation = ?, rows = ?, tokens = ?, next_term = ?",
                       arguments: [generation, rows, tokens, nextTerm])
    }

    // MARK: deletes

    private mutating func applyDeletes() throws {
        let deleted = try Row.fetchAll(db, sql: "SELECT rowid, body, expert_name, credentials, heading, title FROM accel_deleted")
        guard !deleted.isEmpty else { return }
        var terms = TermTable(common: common)
        var byTerm: [[Int64]] = []
        for row in deleted {
            let rowid: Int64 = row["rowid"]
            var length: Int32 = 0
            var seen = Set<Int32>()
            for column in 0..<5 {
                guard let text: String = row[column + 1] else { continue }
                let column = try ColumnTerms(text, tokenizer, &terms)
                length += Int32(column.terms.count)
                for index in column.terms + column.pairs.map(\.term) {
                    while Int(index) >= byTerm.count { byTerm.append([]) }
                    if seen.insert(index).inserted { byTerm[Int(index)].append(rowid) }
                }
            }
            rows -= 1
            tokens -= Int64(length)
        }
        for (index, rowids) in byTerm.enumerated() {
            try remove(rowids.sorted(), from: terms.names[index])
        }
        try db.execute(sql: "DELETE FROM accel_deleted")
    }

    private func remove(_ rowids: [Int64], from term: String) throws {
        guard let termID = try Int64.fetchOne(db, sql: "SELECT id FROM accel_term WHERE term = ?", arguments: [term]) else {
            throw AcceleratorInconsistency("deleted quote's term \(term) is not indexed")
        }
        let find = try db.cachedStatement(sql: """
            SELECT last_rowid FROM accel_skip WHERE term_id = ? AND last_rowid >= ? ORDER BY last_rowid LIMIT 1
            """)
        let reader = try BlockReader(db)
        var block = DecodedBlock()
        var index = 0
        while index < rowids.count {
            guard let lastRowid = try Int64.fetchOne(find, arguments: [termID, rowids[index]]) else {
                throw AcceleratorInconsistency("deleted quote \(rowids[index]) is not in the postings of \(term)")
            }
            guard try reader.read(termID: termID, lastRowid: lastRowid, occurrences: .all, into: &block) else {
                throw AcceleratorInconsistency("corrupt block of \(term)")
            }
            var removing = Set<Int64>()
            while index < rowids.count, rowids[index] <= lastRowid {
                removing.insert(rowids[index])
                index += 1
            }
            let kept = PostingBlock.removing(removing, from: block)
            guard block.rowids.count - kept.rowids.count == removing.count else {
                throw AcceleratorInconsistency("deleted quote missing from a block of \(term)")
            }
            try deleteBlock(termID, lastRowid)
            if !kept.rowids.isEmpty { try insertBlock(termID, kept, 0..<kept.rowids.count) }
        }
        try db.cachedStatement(sql: "UPDATE accel_term SET df = df - ? WHERE id = ?").execute(arguments: [rowids.count, termID])
        try db.cachedStatement(sql: "DELETE FROM accel_term WHERE id = ? AND df <= 0").execute(arguments: [termID])
    }

    // MARK: additions

    /// Tokenizes the quotes after `lastOldQuote` chunk by chunk (`TokenizedQuotes`), then
    /// appends each term's postings to its list in new blocks.
    private mutating func add(quotesAfter lastOldQuote: Int64) throws {
        var after = lastOldQuote
        let select = try db.cachedStatement(sql: QuoteColumns.select + " WHERE id > ? ORDER BY id LIMIT ?")
        while true {
            let quotes = try Row.fetchAll(select, arguments: [after, Self.chunk]).map(QuoteColumns.init)
            guard let last = quotes.last else { return }
            let tokenized = try TokenizedQuotes(quotes[...], tokenizer, common: common)
            rows += Int64(quotes.count)
            tokens += tokenized.tokens
            for term in tokenized.terms.names.indices {
                try append(tokenized.flat, tokenized.postings(ofTerm: term), to: tokenized.terms.names[term])
            }
            after = last.rowid
            if quotes.count < Self.chunk { return }
        }
    }

    /// An import batch starts new blocks: rewriting each term's partial last block on every
    /// batch cost more than the rest of the accelerator's share of an import, and a partial
    /// block in the middle of a list only costs a search one more header. (A rebuild packs
    /// them: `AcceleratorRebuild`.)
    private mutating func append(_ flat: FlatPostings, _ indexes: ArraySlice<Int32>, to term: String) throws {
        let termID: Int64
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM accel_term WHERE term = ?"), arguments: [term]) {
            termID = id
            try db.cachedStatement(sql: "UPDATE accel_term SET df = df + ? WHERE id = ?").execute(arguments: [indexes.count, termID])
        } else {
            termID = nextTerm
            nextTerm += 1
            try db.cachedStatement(sql: "INSERT INTO accel_term (term, id, df) VALUES (?, ?, ?)").execute(arguments: [term, termID, indexes.count])
        }
        if let lastRowid = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT last_rowid FROM accel_skip WHERE term_id = ? ORDER BY last_rowid DESC LIMIT 1
            """), arguments: [termID]), let first = indexes.first, flat.rowids[Int(first)] <= lastRowid {
            throw AcceleratorInconsistency("new quotes are not after the postings of \(term)")
        }
        var postings = DecodedBlock(occurrenceStarts: [0])
        flat.append(indexes, to: &postings)
        var start = 0
        while start < postings.rowids.count {
            let end = min(start + PostingBlock.capacity, postings.rowids.count)
            try insertBlock(termID, postings, start..<end)
            start = end
        }
    }

    private func deleteBlock(_ termID: Int64, _ lastRowid: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM accel_skip WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
        try db.cachedStatement(sql: "DELETE FROM accel_block WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
        try db.cachedStatement(sql: "DELETE FROM accel_occ WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
    }

    private func insertBlock(_ termID: Int64, _ postings: DecodedBlock, _ range: Range<Int>) throws {
        try EncodedBlock(termID, postings, range).insert(db)
    }
}

/// The postings do not describe the quotes (a bug, or a file edited behind Dossier's back).
struct AcceleratorInconsistency: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
