import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

/// Migration v17 moves each block's occurrences to `accel_occ`. A library written with the
/// v16 layout (both parts in `accel_block.data`) must come out with the same postings, still
/// exact; a large one keeps its whole blocks, still exact, until `upgradeAcceleratorBlocks`; one whose
/// accelerator is not built, or has a block that does not decode, comes out unbuilt and
/// empty, and is rebuilt by `rebuildAccelerator`.
@Suite struct AcceleratorMigrationTests {
    static let rankingSQL = "SELECT term_id, last_rowid, data FROM accel_block ORDER BY 1, 2"
    static let occurrenceSQL = "SELECT term_id, last_rowid, data FROM accel_occ ORDER BY 1, 2"

    /// A generated library turned back into the v16 layout, as a library made before v17 has
    /// it; returns its path and the v17 parts it was made from. `edit` runs last, on the v16 file.
    static func makeV16Library(edit: (Database) throws -> Void = { _ in }) throws -> (path: String, ranking: [Row], occurrences: [Row]) {
        let library = try AcceleratorExactnessTests.makeLibrary(articles: 240)
        let (ranking, occurrences) = try library.read { db in (try Row.fetchAll(db, sql: rankingSQL), try Row.fetchAll(db, sql: occurrenceSQL)) }
        #expect(ranking.count == occurrences.count && ranking.count > 100)
        try library.write { db in
            try db.execute(sql: """
                CREATE TABLE accel_block_v16 (
                    term_id INTEGER NOT NULL, last_rowid INTEGER NOT NULL, data BLOB NOT NULL,
                    PRIMARY KEY (term_id, last_rowid)
                ) WITHOUT ROWID
                """)
            for (rank, occurrence) in zip(ranking, occurrences) {
                #expect(rank[0] as Int64 == occurrence[0] as Int64 && rank[1] as Int64 == occurrence[1] as Int64)
                try db.execute(sql: "INSERT INTO accel_block_v16 VALUES (?, ?, ?)",
                               arguments: [rank[0], rank[1], (rank[2] as Data) + (occurrence[2] as Data)])
            }
            try db.execute(sql: """
                DROP TABLE accel_block; DROP TABLE accel_occ; ALTER TABLE accel_block_v16 RENAME TO accel_block;
                ALTER TABLE accel_state DROP COLUMN whole_blocks;
                DELETE FROM grdb_migrations WHERE identifier = 'v17-occurrences-apart';
                """)
            try edit(db)
        }
        return (library.path, ranking, occurrences)
    }

    @Test func builtBlocksAreCutInTwoAndStayExact() throws {
        let old = try Self.makeV16Library()
        let library = try Library(path: old.path)  // migrates
        let (ranking, occurrences) = try library.read { db in
            (try Row.fetchAll(db, sql: Self.rankingSQL), try Row.fetchAll(db, sql: Self.occurrenceSQL))
        }
        #expect(ranking == old.ranking)
        #expect(occurrences == old.occurrences)
        try AcceleratorExactnessTests.expectExact(library, limits: [50])
        // Deletes read both parts again: still exact after one.
        try library.write { db in try db.execute(sql: "DELETE FROM article WHERE id = (SELECT min(id) FROM article)") }
        try library.add(AcceleratorExactnessTests.generatedArticle(900, seed: 1))
        try AcceleratorExactnessTests.expectExact(library, limits: [50])
    }

    @Test func aLargeLibraryKeepsWholeBlocksThatStillReadExactlyUntilAnUpgrade() throws {
        let old = try Self.makeV16Library()
        let library = try OccurrenceSplit.$convertLimit.withValue(10) { try Library(path: old.path) }
        #expect(try library.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM accel_occ") } == 0)
        #expect(try library.acceleratorUpgradeNote()?.contains("dossier index --upgrade") == true)
        // Whole blocks rank, verify phrases and take deletes; new blocks are written apart beside them.
        try AcceleratorExactnessTests.expectExact(library, limits: [50])
        try library.write { db in try db.execute(sql: "DELETE FROM article WHERE id = (SELECT min(id) FROM article)") }
        try library.add(AcceleratorExactnessTests.generatedArticle(900, seed: 1))
        try AcceleratorExactnessTests.expectExact(library, limits: [50])
        #expect(try library.acceleratorUpgradeNote() != nil)  // some blocks are still whole
        let before = try library.read { db in try Row.fetchAll(db, sql: "SELECT term_id, last_rowid, n, bound FROM accel_skip ORDER BY 1, 2") }
        let cut = try library.upgradeAcceleratorBlocks()
        #expect(cut > 0)
        #expect(try library.acceleratorUpgradeNote() == nil)
        #expect(try library.read { db in try Row.fetchAll(db, sql: "SELECT term_id, last_rowid, n, bound FROM accel_skip ORDER BY 1, 2") } == before)
        #expect(try library.upgradeAcceleratorBlocks() == 0)  // again: nothing left to cut
        let (ranking, occurrences) = try library.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM accel_block"), try Int.fetchOne(db, sql: "SELECT count(*) FROM accel_occ"))
        }
        #expect(ranking == occurrences)
        try AcceleratorExactnessTests.expectExact(library, limits: [50])
    }

    /// An existing library being upgraded is announced (the CLI prints it on stderr), once; a new one is not.
    @Test func anUpgradeIsAnnouncedOnceAndANewLibraryIsNot() throws {
        final class Heard: @unchecked Sendable { var lines: [String] = [] }
        let heard = Heard()
        _ = try Library(path: try temporaryDirectory() + "/new.sqlite", upgrading: { heard.lines.append($0) })
        #expect(heard.lines.isEmpty)
        let old = try Self.makeV16Library()
        _ = try Library(path: old.path, upgrading: { heard.lines.append($0) })
        #expect(heard.lines == ["library \(old.path): upgrading it to this version of Dossier (once)"])
        _ = try Library(path: old.path, upgrading: { heard.lines.append($0) })
        #expect(heard.lines.count == 1)
        // Through the CLI: a reading command on an older library says so on stderr, its output untouched.
        let older = try Self.makeV16Library()
        let first = try CLICommandTests().run(["search", "--library", older.path, "war", "--limit", "1"])
        #expect(first.status == 0 && first.stderr == "dossier: library \(older.path): upgrading it to this version of Dossier (once)\n")
        let second = try CLICommandTests().run(["search", "--library", older.path, "war", "--limit", "1"])
        #expect(second.status == 0 && second.stderr.isEmpty && second.stdout == first.stdout)
    }

    @Test func aBlockThatDoesNotDecodeLeavesTheAcceleratorUnbuilt() throws {
        let old = try Self.makeV16Library { db in
            try db.execute(sql: "UPDATE accel_block SET data = x'05ff' WHERE (term_id, last_rowid) = (SELECT term_id, last_rowid FROM accel_block LIMIT 1)")
        }
        try expectUnbuiltThenRebuilt(old.path)
    }

    @Test func anUnbuiltAcceleratorIsEmptiedForARebuild() throws {
        let old = try Self.makeV16Library { db in try db.execute(sql: "UPDATE accel_state SET generation = -1") }
        try expectUnbuiltThenRebuilt(old.path)
    }

    private func expectUnbuiltThenRebuilt(_ path: String) throws {
        let library = try Library(path: path)
        #expect(try library.acceleratorStatus() == .unavailable("is not built"))
        #expect(try library.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM accel_block") } == 0)
        #expect(try library.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM accel_occ") } == 0)
        #expect(try AcceleratorExactnessTests.acceleratedTop(library, "war", limit: 50) == nil)
        try library.rebuildAccelerator()
        try AcceleratorExactnessTests.expectExact(library, limits: [50])
    }
}
