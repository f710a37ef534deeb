import Foundation
import GRDB

/// Whether the accelerator describes the library right now, checked before every ranked
/// search (three small reads): its generation must be the library's, no delete may be
/// pending, and its row and token counts must equal FTS5's own totals (the averages record
/// bm25 reads). Anything else means the exact FTS5 path, and a message saying how to rebuild.
public enum AcceleratorStatus: Sendable, Equatable {
    case ready
    case unavailable(String)

    /// The one-line note a command prints when searches cannot use the accelerator.
    public var message: String? {
        if case .unavailable(let reason) = self {
            return "search accelerator \(reason): ranked searches take the slower exact path; run `dossier index --rebuild`"
        }
        return nil
    }
}

/// FTS5's row count and total token count (all columns), as bm25 reads them.
struct IndexTotals: Equatable {
    var rows: Int64
    var tokens: Int64

    /// bm25's average document length.
    var averageLength: Double { rows > 0 ? Double(tokens) / Double(rows) : 0 }

    /// Decodes `quote_fts_data` row 1 (FTS5's averages record: SQLite varints, the row count
    /// then one token total per column).
    static func read(_ db: Database) throws -> IndexTotals {
        guard let data = try Data.fetchOne(db, sql: "SELECT block FROM quote_fts_data WHERE id = 1") else {
            return IndexTotals(rows: 0, tokens: 0)
        }
        let blob = [UInt8](data)
        var offset = 0
        let rows = sqliteVarint(blob, &offset)
        var tokens: Int64 = 0
        for _ in 0..<5 where offset < blob.count { tokens += sqliteVarint(blob, &offset) }
        return IndexTotals(rows: rows, tokens: tokens)
    }

    /// SQLite's big-endian varint (1–9 bytes, the ninth byte whole).
    private static func sqliteVarint(_ bytes: [UInt8], _ offset: inout Int) -> Int64 {
        var value: UInt64 = 0
        for index in 0..<9 {
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            offset += 1
            if index == 8 { return Int64(bitPattern: value << 8 | UInt64(byte)) }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte < 0x80 { break }
        }
        return Int64(bitPattern: value)
    }
}

extension AcceleratorStatus {
    /// Checks the accelerator against the library; the totals come back for scoring.
    static func check(_ db: Database) throws -> (AcceleratorStatus, IndexTotals) {
        let totals = try IndexTotals.read(db)
        guard let state = try Row.fetchOne(db, sql: "SELECT generation, rows, tokens FROM accel_state WHERE id = 1") else {
            return (.unavailable("is missing"), totals)
        }
        let generation: Int64 = state["generation"]
        if generation < 0 { return (.unavailable("is not built"), totals) }
        if try generation != Library.generation(db) { return (.unavailable("is older than the library"), totals) }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM accel_deleted)") == true {
            return (.unavailable("has deletes to apply"), totals)
        }
        if IndexTotals(rows: state["rows"], tokens: state["tokens"]) != totals {
            return (.unavailable("does not match the full-text index"), totals)
        }
        return (.ready, totals)
    }
}

extension Library {
    /// Whether ranked searches can use the accelerator.
    public func acceleratorStatus() throws -> AcceleratorStatus {
        try read { db in try AcceleratorStatus.check(db).0 }
    }

    /// Rebuilds the accelerator from the quotes in one transaction (`dossier index --rebuild`).
    public func rebuildAccelerator() throws {
        try write { db in try AcceleratorRebuild.run(db) }
    }

    /// The accelerator's size on disk (bytes of its tables) and its term and block counts.
    public func acceleratorSize() throws -> (bytes: Int64, terms: Int, blocks: Int) {
        try read { db in
            let bytes = (try? Int64.fetchOne(db, sql: """
                SELECT sum(pgsize) FROM dbstat WHERE name IN ('accel_term', 'accel_skip', 'accel_block', 'accel_occ')
                """)) ?? nil
            let terms = try Int.fetchOne(db, sql: "SELECT count(*) FROM accel_term") ?? 0
            let blocks = try Int.fetchOne(db, sql: "SELECT count(*) FROM accel_block") ?? 0
            return (bytes ?? -1, terms, blocks)
        }
    }
}
