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

    /// Quotes tokenized per pass of a rebuild (bounds the memory of the per-term lists).
    static let chunk = 16_384

    private init(_ db: Database) throws {
        self.db = db
        tokenizer = try IndexTokenizer(db)
        let state = try Row.fetchOne(db, sql: "SELECT rows, tokens, next_term FROM accel_state WHERE id = 1")
        rows = state?["rows"] ?? 0
        tokens = state?["tokens"] ?? 0
        nextTerm = state?["next_term"] ?? 1
    }

    /// Brings a built accelerator up to date with the quotes after `lastOldQuote` and the
    /// pending deletes; leaves an unbuilt one alone (it waits for a rebuild).
    static func catchUp(quotesAfter lastOldQuote: Int64, _ db: Database) throws {
        guard let generation = try Int64.fetchOne(db, sql: "SELECT generation FROM accel_state WHERE id = 1"), generation >= 0 else { return }
        var writer = try AcceleratorWriter(db)
        do {
            try writer.applyDeletes()
            try writer.add(quotesAfter: lastOldQuote)
            try writer.save(generation: try Library.generation(db))
        } catch let error as AcceleratorInconsistency {
            try markUnbuilt(db, reason: error)
        }
    }

    /// Rebuilds every posting from the quotes (`dossier index --rebuild`).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM accel_block; DELETE FROM accel_term; DELETE FROM accel_deleted;
            UPDATE accel_state SET generation = -1, rows = 0, tokens = 0, next_term = 1;
            """)
        var writer = try AcceleratorWriter(db)
        do {
            try writer.add(quotesAfter: 0)
            try writer.save(generation: try Library.generation(db))
        } catch let error as AcceleratorInconsistency {
            try markUnbuilt(db, reason: error)
        }
    }

    static func markUnbuilt(_ db: Database, reason: AcceleratorInconsistency) throws {
        try db.execute(sql: "UPDATE accel_state SET generation = -1")
    }

    private func save(generation: Int64) throws {
        try db.execute(sql: "UPDATE accel_state SET generation = ?, rows = ?, tokens = ?, next_term = ?",
                       arguments: [generation, rows, tokens, nextTerm])
    }

    // MARK: deletes

    private mutating func applyDeletes() throws {
        let deleted = try Row.fetchAll(db, sql: "SELECT rowid, body, expert_name, credentials, heading, title FROM accel_deleted")
        guard !deleted.isEmpty else { return }
        var byTerm: [String: [Int64]] = [:]
        for row in deleted {
            let rowid: Int64 = row["rowid"]
            let document = try tokenize(row)
            rows -= 1
            tokens -= Int64(document.length)
            for term in document.occurrences.keys { byTerm[term, default: []].append(rowid) }
        }
        for (term, rowids) in byTerm {
            try remove(rowids.sorted(), from: term)
        }
        try db.execute(sql: "DELETE FROM accel_deleted")
    }

    private func remove(_ rowids: [Int64], from term: String) throws {
        guard let termID = try Int64.fetchOne(db, sql: "SELECT id FROM accel_term WHERE term = ?", arguments: [term]) else {
            throw AcceleratorInconsistency("deleted quote's term \(term) is not indexed")
        }
        let find = try db.cachedStatement(sql: """
            SELECT last_rowid, data FROM accel_block WHERE term_id = ? AND last_rowid >= ? ORDER BY last_rowid LIMIT 1
            """)
        var index = 0
        while index < rowids.count {
            guard let block = try Row.fetchOne(find, arguments: [termID, rowids[index]]) else {
                throw AcceleratorInconsistency("deleted quote \(rowids[index]) is not in the postings of \(term)")
            }
            let lastRowid: Int64 = block["last_rowid"]
            guard var postings = PostingBlock.postings([UInt8](block["data"] as Data)) else { throw AcceleratorInconsistency("corrupt block of \(term)") }
            var removing = Set<Int64>()
            while index < rowids.count, rowids[index] <= lastRowid {
                removing.insert(rowids[index])
                index += 1
            }
            let before = postings.count
            postings.removeAll { removing.contains($0.rowid) }
            guard before - postings.count == removing.count else {
                throw AcceleratorInconsistency("deleted quote missing from a block of \(term)")
            }
            try db.cachedStatement(sql: "DELETE FROM accel_block WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
            if !postings.isEmpty { try insertBlock(termID, postings[...]) }
        }
        try db.cachedStatement(sql: "UPDATE accel_term SET df = df - ? WHERE id = ?").execute(arguments: [rowids.count, termID])
        try db.cachedStatement(sql: "DELETE FROM accel_term WHERE id = ? AND df <= 0").execute(arguments: [termID])
    }

    // MARK: additions

    private mutating func add(quotesAfter lastOldQuote: Int64) throws {
        var after = lastOldQuote
        let select = try db.cachedStatement(sql: """
            SELECT id, body, expert_name, credentials, heading, title FROM quote WHERE id > ? ORDER BY id LIMIT ?
            """)
        while true {
            let quotes = try Row.fetchAll(select, arguments: [after, Self.chunk])
            guard let last = quotes.last else { return }
            var byTerm: [String: [Posting]] = [:]
            for row in quotes {
                let rowid: Int64 = row["id"]
                let document = try tokenize(row)
                rows += 1
                tokens += Int64(document.length)
                for (term, occurrences) in document.occurrences {
                    var f2: Int32 = 0
                    for occurrence in occurrences { f2 += PostingBlock.doubledWeights[Int(occurrence & 7)] }
                    byTerm[term, default: []].append(Posting(rowid: rowid, length: document.length, f2: f2, occurrences: occurrences))
                }
            }
            for (term, postings) in byTerm { try append(postings, to: term) }
            after = last["id"]
            if quotes.count < Self.chunk { return }
        }
    }

    private mutating func append(_ new: [Posting], to term: String) throws {
        let termID: Int64
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM accel_term WHERE term = ?"), arguments: [term]) {
            termID = id
            try db.cachedStatement(sql: "UPDATE accel_term SET df = df + ? WHERE id = ?").execute(arguments: [new.count, termID])
        } else {
            termID = nextTerm
            nextTerm += 1
            try db.cachedStatement(sql: "INSERT INTO accel_term (term, id, df) VALUES (?, ?, ?)").execute(arguments: [term, termID, new.count])
        }
        var postings = new
        if let tail = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT last_rowid, n, data FROM accel_block WHERE term_id = ? ORDER BY last_rowid DESC LIMIT 1
            """), arguments: [termID]) {
            let lastRowid: Int64 = tail["last_rowid"]
            guard let first = new.first, first.rowid > lastRowid else {
                throw AcceleratorInconsistency("new quote \(new.first?.rowid ?? 0) is not after the postings of \(term)")
            }
            let count: Int = tail["n"]
            if count < PostingBlock.capacity {
                guard let old = PostingBlock.postings([UInt8](tail["data"] as Data)) else { throw AcceleratorInconsistency("corrupt block of \(term)") }
                postings = old + new
                try db.cachedStatement(sql: "DELETE FROM accel_block WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
            }
        }
        var start = 0
        while start < postings.count {
            let end = min(start + PostingBlock.capacity, postings.count)
            try insertBlock(termID, postings[start..<end])
            start = end
        }
    }

    private func insertBlock(_ termID: Int64, _ postings: ArraySlice<Posting>) throws {
        let header = PostingBlock.header(postings)
        try db.cachedStatement(sql: """
            INSERT INTO accel_block (term_id, last_rowid, n, max_f2, min_d, data) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [termID, header.lastRowid, header.count, header.maxF2, header.minLength,
                                     Data(PostingBlock.encode(postings))])
    }

    // MARK: tokenizing

    private struct Document {
        var length: Int32 = 0
        var occurrences: [String: [UInt32]] = [:]
    }

    /// A quote's terms with their occurrences (`position << 3 | column`) and its length,
    /// as FTS5 indexes its five columns.
    private func tokenize(_ row: Row) throws -> Document {
        var document = Document()
        for (column, name) in ["body", "expert_name", "credentials", "heading", "title"].enumerated() {
            guard let text: String = row[name] else { continue }
            let terms = try tokenizer.tokens(text)
            document.length += Int32(terms.count)
            for (position, term) in terms.enumerated() {
                document.occurrences[term, default: []].append(UInt32(position) << 3 | UInt32(column))
            }
        }
        return document
    }
}

/// The postings do not describe the quotes (a bug, or a file edited behind Dossier's back).
struct AcceleratorInconsistency: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
