import Foundation
import GRDB

/// Migration v17: a block's occurrences move from `accel_block` to their own table,
/// `accel_occ` (see `PostingBlock`), so ranking reads only the small ranking part.
///
/// A built accelerator is converted block by block (the bytes are only cut in two, nothing
/// is re-tokenized: seconds at 10k articles). One that is not built, or a block that does not
/// decode, leaves the accelerator unbuilt with its tables empty, for `dossier index --rebuild`
/// (a search takes the exact FTS5 path meanwhile).
enum OccurrenceSplit {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE accel_occ (
                term_id INTEGER NOT NULL, last_rowid INTEGER NOT NULL, data BLOB NOT NULL,
                PRIMARY KEY (term_id, last_rowid)
            ) WITHOUT ROWID;
            CREATE TABLE accel_block_v17 (
                term_id INTEGER NOT NULL, last_rowid INTEGER NOT NULL, data BLOB NOT NULL,
                PRIMARY KEY (term_id, last_rowid)
            ) WITHOUT ROWID;
            """)
        let generation = try Int64.fetchOne(db, sql: "SELECT generation FROM accel_state WHERE id = 1") ?? -1
        let converted = generation >= 0 ? try convert(db) : false
        try db.execute(sql: "DROP TABLE accel_block; ALTER TABLE accel_block_v17 RENAME TO accel_block")
        if !converted {
            try db.execute(sql: """
                DELETE FROM accel_block; DELETE FROM accel_occ; DELETE FROM accel_skip; DELETE FROM accel_term;
                UPDATE accel_state SET generation = -1;
                """)
        }
    }

    /// Cuts every block in two; false (with nothing to keep) when one does not decode.
    private static func convert(_ db: Database) throws -> Bool {
        let rows = try Row.fetchCursor(db, sql: "SELECT term_id, last_rowid, data FROM accel_block ORDER BY term_id, last_rowid")
        let ranking = try db.makeStatement(sql: "INSERT INTO accel_block_v17 (term_id, last_rowid, data) VALUES (?, ?, ?)")
        let occurrences = try db.makeStatement(sql: "INSERT INTO accel_occ (term_id, last_rowid, data) VALUES (?, ?, ?)")
        var block = DecodedBlock()
        while let row = try rows.next() {
            let termID: Int64 = row[0]
            let lastRowid: Int64 = row[1]
            let data: Data = row[2]
            let bytes = [UInt8](data)
            let end: Int? = bytes.withUnsafeBufferPointer { buffer in
                var offset = 0
                guard PostingBlock.decodeRanking(buffer, &offset, into: &block),
                      PostingBlock.decodeOccurrences(UnsafeBufferPointer(rebasing: buffer[offset...]), into: &block) else { return nil }
                return offset
            }
            guard let end else { return false }
            try ranking.execute(arguments: [termID, lastRowid, Data(bytes[..<end])])
            try occurrences.execute(arguments: [termID, lastRowid, Data(bytes[end...])])
        }
        return true
    }
}
