import DossierCore
import Foundation
import GRDB

/// A reader's collection of articles in one SQLite file (WAL mode): the articles,
/// their experts and quotes, and a full-text index over the quotes.
public final class Library: Sendable {
    /// The file the library lives in.
    public let path: String
    let pool: DatabasePool

    /// How a library is opened: reading commands take `.readOnly`, which never writes the
    /// file (no WAL set-up, no migration, no deferred indexing) and falls back to `.readWrite`
    /// only when the file is new, needs a migration or has a bulk import's indexes pending.
    public enum Access: Sendable { case readWrite, readOnly }

    /// Opens (creating when needed) the library at `path` and upgrades an older schema;
    /// `upgrading` hears one line first when an existing library is upgraded (it may take
    /// seconds, and a command should say why it waits).
    /// Throws a `.library` `DossierError` for a foreign or corrupt file, leaving it untouched.
    public init(path: String, access: Access = .readWrite, upgrading: ((String) -> Void)? = nil) throws {
        self.path = path
        try LibraryGuard.check(path)
        if access == .readOnly, let pool = try Self.openForReading(path) {
            self.pool = pool
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw DossierError("library \(path): cannot create folder \(directory)", code: .library)
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration(readOnly: false))
            try Self.migrateIfNeeded(pool, path: path, upgrading: upgrading)
        } catch {
            throw LibraryErrors.map(error, path: path)
        }
        // A killed bulk import left its indexes for later: build them now (a failure, such as a
        // read-only file, leaves the marker for the next open; searches stay exact meanwhile).
        try? finishInterruptedImport()
    }

    /// A read-only pool on an existing, current library with nothing left to finish; nil when
    /// the library must be opened for writing first (new, older schema, deferred indexes).
    private static func openForReading(_ path: String) throws -> DatabasePool? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration(readOnly: true))
            let migrator = LibrarySchema.migrator
            let (done, superseded, pending) = try pool.read { db in
                (try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db), try DeferredIndexing.isPending(db))
            }
            if superseded {
                throw DossierError("library \(path): made by a newer Dossier; upgrade Dossier to open it", code: .library)
            }
            return done && !pending ? pool : nil
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            return nil  // an empty file or a schema too old to read: the writer sets it up
        } catch {
            throw LibraryErrors.map(error, path: path)
        }
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(15)
        config.foreignKeysEnabled = true
        let slowSQL = ProcessInfo.processInfo.environment["DOSSIER_SLOW_SQL_MS"].flatMap(Double.init)
        config.prepareDatabase { db in
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // A developer's aid for `make bench-ui`: statements slower than this go to stderr.
            if let slowSQL {
                db.trace(options: .profile) { event in
                    if case .profile(let statement, let duration) = event, duration * 1000 >= slowSQL {
                        FileHandle.standardError.write(Data(String(format: "slow SQL %.1f ms: %@\n", duration * 1000, statement.sql).utf8))
                    }
                }
            }
        }
        return config
    }

    private static func migrateIfNeeded(_ pool: DatabasePool, path: String, upgrading: ((String) -> Void)?) throws {
        let migrator = LibrarySchema.migrator
        let (done, superseded, existing) = try pool.read { db in
            (try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db), try !migrator.appliedIdentifiers(db).isEmpty)
        }
        if superseded {
            throw DossierError("library \(path): made by a newer Dossier; upgrade Dossier to open it", code: .library)
        }
        guard !done else { return }
        if existing { upgrading?("library \(path): upgrading it to this version of Dossier (once)") }
        try migrator.migrate(pool)
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
