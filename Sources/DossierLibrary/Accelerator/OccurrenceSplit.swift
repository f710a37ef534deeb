import Foundation
import GRDB

/// Migration v17: a block's occurrences move from `accel_block` to their own table,
/// `accel_occ` (see `PostingBlock`), so ranking reads only the small ranking part.
///
/// A block is cut in two in place (nothing is re-tokenized). The migration does it for a
/// library of at most `convertLimit` quotes (seconds at 10k articles). A larger library keeps
/// its blocks whole, which `BlockReader` still reads, until `dossier index --upgrade` cuts them
/// in steps of `stepBlocks` (one short transaction each) or a rebuild rewrites them: in one
/// transaction, at 100k articles, the write-ahead log grew to 9 GB and every page lookup
/// crawled (SQLite searches its WAL index per page read). An accelerator that is not built,
/// or a block that does not decode, leaves the accelerator unbuilt with its tables empty,
/// for the rebuild (searches take the exact FTS5 path meanwhile).
enum OccurrenceSplit {
    /// Libraries with more quotes keep their blocks whole until an upgrade or a rebuild.
    /// (Task-local so a test can migrate a small library as a large one.)
    @TaskLocal static var convertLimit: Int64 = 400_000
    /// Blocks examined per transaction of an upgrade.
    static let stepBlocks = 4_096

    /// A block's key, in `accel_block`'s order.
    typealias Key = (termID: Int64, lastRowid: Int64)

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE accel_occ (
                term_id INTEGER NOT NULL, last_rowid INTEGER NOT NULL, data BLOB NOT NULL,
                PRIMARY KEY (term_id, last_rowid)
            ) WITHOUT ROWID;
            ALTER TABLE accel_state ADD COLUMN whole_blocks INTEGER NOT NULL DEFAULT 0;
            """)
        let generation = try Int64.fetchOne(db, sql: "SELECT generation FROM accel_state WHERE id = 1") ?? -1
        guard generation >= 0 else { return try clear(db) }
        guard try IndexTotals.read(db).rows <= convertLimit else {
            return try db.execute(sql: "UPDATE accel_state SET whole_blocks = 1")
        }
        do {
            var key: Key? = (.min, .min)
            while let after = key { key = try step(after: after, limit: stepBlocks, db)?.last }
        } catch is AcceleratorInconsistency {
            try clear(db)
        }
    }

    /// Whether blocks written before v17 may still carry their occurrences (a library too
    /// large to convert, until its upgrade or next rebuild).
    static func hasWholeBlocks(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT whole_blocks FROM accel_state WHERE id = 1") ?? false
    }

    private static func clear(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM accel_block; DELETE FROM accel_occ; DELETE FROM accel_skip; DELETE FROM accel_term;
            UPDATE accel_state SET generation = -1;
            """)
    }

    /// Cuts the whole blocks among the `limit` after `key`; returns the last key examined and
    /// how many blocks were cut, or nil when no block is left. Throws `AcceleratorInconsistency`
    /// for a block that does not decode.
    static func step(after key: Key, limit: Int, _ db: Database) throws -> (last: Key, cut: Int)? {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT term_id, last_rowid, data FROM accel_block WHERE (term_id, last_rowid) > (?, ?)
            ORDER BY term_id, last_rowid LIMIT ?
            """), arguments: [key.termID, key.lastRowid, limit])
        var block = DecodedBlock()
        var cut = 0
        for row in rows {
            let data: Data = row[2]
            let bytes = [UInt8](data)
            let end: Int? = bytes.withUnsafeBufferPointer { buffer in
                var offset = 0
                guard PostingBlock.decodeRanking(buffer, &offset, into: &block) else { return nil }
                return offset
            }
            guard let end else { throw AcceleratorInconsistency("corrupt block") }
            guard end < bytes.count else { continue }  // already apart
            let occurrences = Data(bytes[end...])
            guard occurrences.withUnsafeBytes({ PostingBlock.decodeOccurrences($0.bindMemory(to: UInt8.self), into: &block) }) else {
                throw AcceleratorInconsistency("corrupt block")
            }
            try db.cachedStatement(sql: "UPDATE accel_block SET data = ? WHERE term_id = ? AND last_rowid = ?")
                .execute(arguments: [Data(bytes[..<end]), row[0], row[1]])
            try db.cachedStatement(sql: "INSERT INTO accel_occ (term_id, last_rowid, data) VALUES (?, ?, ?)")
                .execute(arguments: [row[0], row[1], occurrences])
            cut += 1
        }
        guard let last = rows.last else { return nil }
        return ((last[0], last[1]), cut)
    }
}

extension Library {
    /// Cuts the blocks a library too large for migration v17 kept whole, one short transaction
    /// per `OccurrenceSplit.stepBlocks` blocks (`dossier index --upgrade`). Returns the blocks
    /// cut (0 at once when migration v17 kept none whole). Interrupted, it leaves a consistent
    /// library (readers take either layout) and can run again.
    public func upgradeAcceleratorBlocks() throws -> Int {
        guard try read({ try OccurrenceSplit.hasWholeBlocks($0) }) else { return 0 }  // nothing was kept whole
        var key: OccurrenceSplit.Key? = (.min, .min)
        var cut = 0
        while let after = key {
            let step = try write { db -> (last: OccurrenceSplit.Key, cut: Int)? in
                do {
                    return try OccurrenceSplit.step(after: after, limit: OccurrenceSplit.stepBlocks, db)
                } catch let error as AcceleratorInconsistency {
                    try AcceleratorWriter.markUnbuilt(db, reason: error)
                    return nil
                }
            }
            key = step?.last
            cut += step?.cut ?? 0
        }
        try write { db in try db.execute(sql: "UPDATE accel_state SET whole_blocks = 0") }
        return cut
    }
}
