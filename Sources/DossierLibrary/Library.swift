import DossierCore
import Foundation
import GRDB

/// A reader's collection of articles in one SQLite file (WAL mode): the articles,
/// their experts and quotes, and a full-text index over the quotes.
public final class Library: Sendable {
    /// The file the library lives in.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating when needed) the library at `path` and upgrades an older schema.
    /// Throws a `.library` `DossierError` for a foreign or corrupt file, leaving it untouched.
    public init(path: String) throws {
        self.path = path
        try LibraryGuard.check(path)
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DossierError("library \(path): cannot create folder \(directory)", code: .library)
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(15)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrateIfNeeded(pool, path: path)
        } catch {
            throw LibraryErrors.map(error, path: path)
        }
        // A killed bulk import left its indexes for later: build them now (a failure, such as a
        // read-only file, leaves the marker for the next open; searches stay exact meanwhile).
        try? finishInterruptedImport()
    }

    private static func migrateIfNeeded(_ pool: DatabasePool, path: String) throws {
        let migrator = LibrarySchema.migrator
        let (done, superseded) = try pool.read { db in
            (try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db))
        }
        if superseded {
            throw DossierError("library \(path): made by a newer Dossier; upgrade Dossier to open it", code: .library)
        }
        if !done { try migrator.migrate(pool) }
    }

    /// Runs `body` in a read transaction, mapping database errors to `DossierError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw LibraryErrors.map(error, path: path) }
    }

    /// Runs `body` on the writer connection outside any transaction.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.writeWithoutTransaction(body) } catch { throw LibraryErrors.map(error, path: path) }
    }

    /// Runs `body` in one write transaction (all or nothing).
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw LibraryErrors.map(error, path: path) }
    }
}
