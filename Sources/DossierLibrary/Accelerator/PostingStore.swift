import Foundation
import GRDB
import GRDBSQLite

/// Reads a term's postings from `accel_term` / `accel_block`.
struct PostingStore {
    let db: Database

    /// The term's cursor (an empty one for a term no quote has).
    func cursor(term: String, occurrences: OccurrenceDecoding) throws -> PostingCursor {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, df FROM accel_term WHERE term = ?"), arguments: [term]) else {
            return PostingCursor(headers: [], hits: 0, load: { _, _ in })
        }
        return try cursor(termID: row["id"], hits: row["df"], occurrences: occurrences)
    }

    func cursor(termID: Int64, hits: Int, occurrences: OccurrenceDecoding) throws -> PostingCursor {
        // Stepped through SQLite's own calls: a near-universal term has thousands of headers,
        // and decoding rows through GRDB was most of a two-word search's set-up.
        var headers: [BlockHeader] = []
        headers.reserveCapacity(hits / PostingBlock.capacity + 1)
        let statement = try db.cachedStatement(sql: "SELECT last_rowid, n, bound FROM accel_skip WHERE term_id = ? ORDER BY last_rowid")
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, termID)
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
            let bytes = sqlite3_column_blob(handle, 2)
            let count = Int(sqlite3_column_bytes(handle, 2))
            let buffer = UnsafeBufferPointer(start: bytes?.assumingMemoryBound(to: UInt8.self), count: bytes == nil ? 0 : count)
            guard let frontier = BlockHeader.frontier(buffer) else { throw AcceleratorInconsistency("corrupt block bound") }
            headers.append(BlockHeader(lastRowid: sqlite3_column_int64(handle, 0), count: Int(sqlite3_column_int64(handle, 1)), frontier: frontier))
        }
        let reader = try BlockReader(db)
        return PostingCursor(headers: headers, hits: hits) { index, block in
            guard try reader.read(termID: termID, lastRowid: headers[index].lastRowid, occurrences: occurrences, into: &block),
                  block.rowids.count == headers[index].count, block.rowids.last == headers[index].lastRowid else {
                throw AcceleratorInconsistency("corrupt posting block")
            }
        }
    }

    /// Terms starting with `prefix` (bytes, as FTS5 matches a prefix) and their quote counts.
    func terms(withPrefix prefix: String) throws -> [(id: Int64, hits: Int)] {
        var result: [(Int64, Int)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT term, id, df FROM accel_term WHERE term >= ? ORDER BY term", arguments: [prefix])
        while let row = try rows.next() {
            let term: String = row[0]
            guard term.utf8.starts(with: prefix.utf8) else { break }
            result.append((row[1], row[2]))
        }
        return result
    }
}

/// Reads one block's bytes straight from SQLite's buffer into a reused `DecodedBlock`
/// (a ranked search may read thousands of blocks: no copy, no allocation per block); the
/// occurrence part only when asked for.
///
/// A cursor reads its term's blocks in key order, mostly the next one or one a few blocks on,
/// so ranking parts come from one range statement stepped forward (the next cell of a b-tree
/// page) rather than a lookup from the root for each block; a jump further on seeks again.
final class BlockReader {
    private let scan: Statement
    private let occurrences: Statement
    /// The term and last row id of the row `scan` is on, when it is on one.
    private var scanTerm: Int64 = -1
    private var scanAt: Int64?
    /// Rows stepped over before a seek is cheaper.
    private static let stepLimit = 8

    init(_ db: Database) throws {
        scan = try db.makeStatement(sql: "SELECT last_rowid, data FROM accel_block WHERE term_id = ?1 AND last_rowid >= ?2 ORDER BY last_rowid")
        occurrences = try db.cachedStatement(sql: "SELECT data FROM accel_occ WHERE term_id = ?1 AND last_rowid = ?2")
    }

    deinit { sqlite3_reset(scan.sqliteStatement) }

    /// False when the block is missing or does not decode. A block written before v17 that
    /// the migration left whole (`OccurrenceSplit`) carries its occurrences after the ranking part.
    func read(termID: Int64, lastRowid: Int64, occurrences mode: OccurrenceDecoding, into block: inout DecodedBlock) throws -> Bool {
        let ranked = try rankingPart(termID, lastRowid) { buffer -> Bool? in
            var offset = 0
            guard PostingBlock.decodeRanking(buffer, &offset, into: &block) else { return nil }
            if offset == buffer.count { return false }  // the occurrences are apart
            return mode == .all ? (PostingBlock.decodeOccurrences(UnsafeBufferPointer(rebasing: buffer[offset...]), into: &block) ? true : nil) : true
        }
        guard let ranked, let inline = ranked else { return false }
        guard mode == .all, !inline else { return true }
        return try Self.withBlob(occurrences, termID, lastRowid) { PostingBlock.decodeOccurrences($0, into: &block) } == true
    }

    /// `body` over the ranking part of the block with this key; nil when there is none.
    private func rankingPart<T>(_ termID: Int64, _ lastRowid: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> T) throws -> T? {
        let handle = scan.sqliteStatement
        if scanTerm == termID, var at = scanAt, at <= lastRowid {
            var steps = 0
            while at < lastRowid, steps < Self.stepLimit {
                guard try step(handle) else { break }
                at = sqlite3_column_int64(handle, 0)
                steps += 1
            }
            if scanAt != nil, at == lastRowid { return Self.blob(handle, 1, body) }
            if scanAt != nil, at > lastRowid { return nil }  // no block ends there
        }
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, termID)
        sqlite3_bind_int64(handle, 2, lastRowid)
        scanTerm = termID
        guard try step(handle) else { return nil }
        guard sqlite3_column_int64(handle, 0) == lastRowid else { return nil }
        return Self.blob(handle, 1, body)
    }

    /// Steps `scan`: true on a row (`scanAt` its key), false at the end (`scanAt` nil).
    private func step(_ handle: OpaquePointer?) throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW {
            scanAt = sqlite3_column_int64(handle, 0)
            return true
        }
        scanAt = nil
        if code == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: code))
    }

    /// `body` over column `column`'s blob, in SQLite's own buffer.
    private static func blob<T>(_ handle: OpaquePointer?, _ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let count = Int(sqlite3_column_bytes(handle, column))
        // A zero-length blob has no pointer; an empty buffer then decodes as malformed.
        let bytes = sqlite3_column_blob(handle, column)
        return body(UnsafeBufferPointer(start: bytes?.assumingMemoryBound(to: UInt8.self), count: bytes == nil ? 0 : count))
    }

    /// `body` over the blob the statement finds for the key, in SQLite's own buffer; nil when there is none.
    private static func withBlob<T>(_ statement: Statement, _ termID: Int64, _ lastRowid: Int64,
                                    _ body: (UnsafeBufferPointer<UInt8>) -> T) throws -> T? {
        try statement.lookup(termID, lastRowid) { blob($0, 0, body) }
    }
}
