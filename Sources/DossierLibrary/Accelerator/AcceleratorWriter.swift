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
    /// Whether passes continue each term's partial last block (a rebuild) or start new ones (an import batch).
    private var packing = false
    /// A packing pass's partial last blocks (a rebuild carries one per term). Terms that fill
    /// blocks in every pass stay decoded (re-encoding them each pass doubled a 10k rebuild's
    /// time); the many others are kept encoded (decoded, they were most of a 10k rebuild's
    /// memory once pair terms doubled the terms).
    private var carried: [Int64: [UInt8]] = [:]
    private var carriedHot: [Int64: DecodedBlock] = [:]
    /// A term with at least this many postings in a pass carries its partial block decoded.
    static let hotPostings = 32
    /// A packing rebuild's terms: id and quote count, written by `saveTerms`.
    private var packedTerms: [String: (id: Int64, df: Int)] = [:]
    /// The terms whose neighbouring pairs are indexed (`CommonPairs`).
    private var common: Set<String> = []

    /// Quotes tokenized per pass (bounds the memory of the per-term lists: a 10k rebuild
    /// peaked at 302 MB with 32k and 210 MB with 16k before pair terms; with them, 201 MB with
    /// 8k and 135 MB with 4k).
    /// (Task-local so a test can make a rebuild carry blocks across many passes.)
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
                return try rebuild(db)
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

    /// Rebuilds every posting from the quotes (`dossier index --rebuild`).
    static func rebuild(_ db: Database) throws {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { AcceleratorCost.shared.add(DispatchTime.now().uptimeNanoseconds - started) }
        try db.execute(sql: """
            DELETE FROM accel_block; DELETE FROM accel_occ; DELETE FROM accel_skip; DELETE FROM accel_term; DELETE FROM accel_deleted;
            UPDATE accel_state SET generation = -1, rows = 0, tokens = 0, next_term = 1, whole_blocks = 0;
            """)
        _ = try CommonPairs.choose(db, IndexTokenizer(db))
        var writer = try AcceleratorWriter(db)
        writer.packing = true
        do {
            try writer.add(quotesAfter: 0)
            try writer.flushCarried()
            try writer.saveTerms()
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

    /// Tokenizes the quotes after `lastOldQuote` chunk by chunk into one flat list of postings
    /// (terms interned per chunk; the repeated columns — name, credentials, heading, title —
    /// tokenized once per distinct text), groups it by term with a counting sort (row ids stay
    /// ascending), then appends each term's postings to its last block.
    private mutating func add(quotesAfter lastOldQuote: Int64) throws {
        var after = lastOldQuote
        let select = try db.cachedStatement(sql: """
            SELECT id, body, expert_name, credentials, heading, title FROM quote WHERE id > ? ORDER BY id LIMIT ?
            """)
        while true {
            let quotes = try Row.fetchAll(select, arguments: [after, Self.chunk])
            guard let last = quotes.last else { return }
            var terms = TermTable(common: common)
            var flat = FlatPostings()
            var repeated: [String: ColumnTerms] = [:]
            var keys: [UInt64] = []
            var occurrenceOf: [UInt32] = []
            for row in quotes {
                let rowid: Int64 = row[0]
                keys.removeAll(keepingCapacity: true)
                occurrenceOf.removeAll(keepingCapacity: true)
                var length = 0
                for column in 0..<5 {
                    guard let text: String = row[column + 1] else { continue }
                    let columnTerms: ColumnTerms
                    if column > 0, let cached = repeated[text] {
                        columnTerms = cached
                    } else {
                        columnTerms = try ColumnTerms(text, tokenizer, &terms)
                        if column > 0 { repeated[text] = columnTerms }
                    }
                    for (position, term) in columnTerms.terms.enumerated() {
                        keys.append(UInt64(UInt32(term)) << 32 | UInt64(occurrenceOf.count))
                        occurrenceOf.append(UInt32(position) << 3 | UInt32(column))
                    }
                    for pair in columnTerms.pairs {
                        keys.append(UInt64(UInt32(pair.term)) << 32 | UInt64(occurrenceOf.count))
                        occurrenceOf.append(UInt32(pair.position) << 3 | UInt32(column))
                    }
                    length += columnTerms.terms.count
                }
                rows += 1
                tokens += Int64(length)
                flat.add(rowid: rowid, length: Int32(length), keys: &keys, occurrences: occurrenceOf)
            }
            let grouped = flat.groupedByTerm(termCount: terms.names.count)
            for term in terms.names.indices {
                try append(flat, grouped.order[grouped.starts[term]..<grouped.starts[term + 1]], to: terms.names[term])
            }
            after = last[0]
            if quotes.count < Self.chunk { return }
        }
    }

    private mutating func append(_ flat: FlatPostings, _ indexes: ArraySlice<Int32>, to term: String) throws {
        let termID: Int64
        if packing {
            // A rebuild starts from no terms: ids and counts stay in memory until `saveTerms`
            // (two statements per term per pass were ~6 % of a rebuild).
            if let known = packedTerms[term] {
                termID = known.id
                packedTerms[term] = (known.id, known.df + indexes.count)
            } else {
                termID = nextTerm
                nextTerm += 1
                packedTerms[term] = (termID, indexes.count)
            }
        } else if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM accel_term WHERE term = ?"), arguments: [term]) {
            termID = id
            try db.cachedStatement(sql: "UPDATE accel_term SET df = df + ? WHERE id = ?").execute(arguments: [indexes.count, termID])
        } else {
            termID = nextTerm
            nextTerm += 1
            try db.cachedStatement(sql: "INSERT INTO accel_term (term, id, df) VALUES (?, ?, ?)").execute(arguments: [term, termID, indexes.count])
        }
        // An import batch starts new blocks: rewriting each term's partial last block on every
        // batch cost more than the rest of the accelerator's share of an import, and a partial
        // block in the middle of a list only costs a search one more header. A rebuild packs
        // blocks: a term's partial last block waits in memory for the next pass.
        var postings = DecodedBlock(occurrenceStarts: [0])
        if packing, let hot = carriedHot.removeValue(forKey: termID) {
            postings = hot
        } else if packing, let bytes = carried.removeValue(forKey: termID) {
            guard let block = PostingBlock.decode(bytes, occurrences: .all) else {
                throw AcceleratorInconsistency("a carried block of \(term) does not decode")
            }
            postings = block
        }
        if !packing, let lastRowid = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT last_rowid FROM accel_skip WHERE term_id = ? ORDER BY last_rowid DESC LIMIT 1
            """), arguments: [termID]), let first = indexes.first, flat.rowids[Int(first)] <= lastRowid {
            throw AcceleratorInconsistency("new quotes are not after the postings of \(term)")
        }
        flat.append(indexes, to: &postings)
        var start = 0
        while start < postings.rowids.count {
            let end = min(start + PostingBlock.capacity, postings.rowids.count)
            if packing, end - start < PostingBlock.capacity {
                if indexes.count >= Self.hotPostings {
                    carriedHot[termID] = postings.slice(start..<end)
                } else {
                    carried[termID] = PostingBlock.encode(postings, start..<end)
                }
                break
            }
            try insertBlock(termID, postings, start..<end)
            start = end
        }
    }

    /// Writes the terms a packing rebuild kept in memory, in key order.
    private mutating func saveTerms() throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO accel_term (term, id, df) VALUES (?, ?, ?)")
        for (term, entry) in packedTerms.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            try insert.execute(arguments: [term, entry.id, entry.df])
        }
        packedTerms = [:]
    }

    /// Writes the partial blocks a packing pass kept back.
    private mutating func flushCarried() throws {
        for (termID, bytes) in carried {
            guard let postings = PostingBlock.decode(bytes, occurrences: .all) else {
                throw AcceleratorInconsistency("a carried block does not decode")
            }
            if !postings.rowids.isEmpty { try insertBlock(termID, postings, 0..<postings.rowids.count) }
        }
        for (termID, postings) in carriedHot where !postings.rowids.isEmpty {
            try insertBlock(termID, postings, 0..<postings.rowids.count)
        }
        carriedHot = [:]
        carried = [:]
    }

    private func deleteBlock(_ termID: Int64, _ lastRowid: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM accel_skip WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
        try db.cachedStatement(sql: "DELETE FROM accel_block WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
        try db.cachedStatement(sql: "DELETE FROM accel_occ WHERE term_id = ? AND last_rowid = ?").execute(arguments: [termID, lastRowid])
    }

    private func insertBlock(_ termID: Int64, _ postings: DecodedBlock, _ range: Range<Int>) throws {
        let header = BlockHeader(postings, range)
        try db.cachedStatement(sql: "INSERT INTO accel_skip (term_id, last_rowid, n, bound) VALUES (?, ?, ?, ?)")
            .execute(arguments: [termID, header.lastRowid, header.count, Data(header.encodedFrontier)])
        try db.cachedStatement(sql: "INSERT INTO accel_block (term_id, last_rowid, data) VALUES (?, ?, ?)")
            .execute(arguments: [termID, header.lastRowid, Data(PostingBlock.encodeRanking(postings, range))])
        try db.cachedStatement(sql: "INSERT INTO accel_occ (term_id, last_rowid, data) VALUES (?, ?, ?)")
            .execute(arguments: [termID, header.lastRowid, Data(PostingBlock.encodeOccurrences(postings, range))])
    }
}

/// The postings do not describe the quotes (a bug, or a file edited behind Dossier's back).
struct AcceleratorInconsistency: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
