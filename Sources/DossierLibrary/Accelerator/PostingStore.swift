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
final class BlockReader {
    private let ranking: Statement
    private let occurrences: Statement

    init(_ db: Database) throws {
        ranking = try db.cachedStatement(sql: "SELECT data FROM accel_block WHERE term_id = ?1 AND last_rowid = ?2")
        occurrences = try db.cachedStatement(sql: "SELECT data FROM accel_occ WHERE term_id = ?1 AND last_rowid = ?2")
    }

    /// False when the block is missing or does not decode. A block written before v17 that
    /// the migration left whole (`OccurrenceSplit`) carries its occurrences after the ranking part.
    func read(termID: Int64, lastRowid: Int64, occurrences mode: OccurrenceDecoding, into block: inout DecodedBlock) throws -> Bool {
        let ranked = try Self.withBlob(ranking, termID, lastRowid) { buffer -> Bool? in
            var offset = 0
            guard PostingBlock.decodeRanking(buffer, &offset, into: &block) else { return nil }
            if offset == buffer.count { return false }  // the occurrences are apart
            return mode == .all ? (PostingBlock.decodeOccurrences(UnsafeBufferPointer(rebasing: buffer[offset...]), into: &block) ? true : nil) : true
        }
        guard let ranked, let inline = ranked else { return false }
        guard mode == .all, !inline else { return true }
        return try Self.withBlob(occurrences, termID, lastRowid) { PostingBlock.decodeOccurrences($0, into: &block) } == true
    }

    /// `body` over the blob the statement finds for the key, in SQLite's own buffer; nil when there is none.
    private static func withBlob<T>(_ statement: Statement, _ termID: Int64, _ lastRowid: Int64,
                                    _ body: (UnsafeBufferPointer<UInt8>) -> T) throws -> T? {
        try statement.lookup(termID, lastRowid) { handle in
            let count = Int(sqlite3_column_bytes(handle, 0))
            // A zero-length blob has no pointer; an empty buffer then decodes as malformed.
            let bytes = sqlite3_column_blob(handle, 0)
            return body(UnsafeBufferPointer(start: bytes?.assumingMemoryBound(to: UInt8.self), count: bytes == nil ? 0 : count))
        }
    }
}
