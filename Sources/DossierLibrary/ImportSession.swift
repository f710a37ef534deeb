import DossierCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// One run of `dossier import`: writer settings for storing many batches, and, for a bulk
/// import, the secondary indexes and browse tallies deferred to one pass at the end.
///
/// Keeping three random-key indexes and eight tally rows per quote up to date batch by
/// batch costs more than building them once from sorted data: on the 10k-article corpus
/// deferring them took the import from 0.54x to about 0.65x the raw FTS5 bulk load
/// (bench/RESULTS.md). The deferral is crash-safe: the `deferred_indexing` row is written
/// in the same transaction that drops the indexes, every batch that sees it skips the
/// tallies, and whoever finds the row with no import running (the last bulk import to
/// finish, or the next process to open the library after a `kill -9`) rebuilds them in
/// one transaction. While the row exists, searches stay exact (slower filters), and the
/// browser's counts miss the articles of the running import.
public final class ImportSession {
    /// Whether indexes and tallies are deferred to `finish()`.
    public let isBulk: Bool
    private let library: Library
    private var lock: DeferralLock?

    /// Imports of at least this many articles that at least double the library run in bulk.
    public static let bulkMinimum = 500

    /// Whether deferring pays: rebuilding costs a pass over the whole library, so only an
    /// import that at least doubles it (and is large enough to notice) is run in bulk.
    public static func suitsBulk(importing: Int, stored: Int) -> Bool {
        importing >= bulkMinimum && importing >= stored
    }

    init(library: Library, bulk: Bool) throws {
        self.library = library
        self.isBulk = bulk
        try library.writeWithoutTransaction { db in
            // A bigger page cache and fewer checkpoints while storing (about 130 MB peak RSS).
            try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 10000")
        }
        guard bulk else { return }
        let lock = try DeferralLock(libraryPath: library.path, shared: true)
        self.lock = lock
        try library.write { db in try DeferredIndexing.begin(db) }
    }

    /// Restores the writer's settings and, for the last bulk import still running, builds
    /// the deferred indexes and tallies (seconds per 10k articles in the library).
    public func finish() throws {
        defer { lock = nil }
        try library.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000")
        }
        returnFreedMemory()
        guard let lock, lock.becomeExclusive() else { return }  // another bulk import finishes it
        try library.write { db in try DeferredIndexing.finish(db) }
    }
}

extension Library {
    /// Starts an import of `articleCount` articles. `bulk` nil decides by size: an import of
    /// at least `ImportSession.bulkMinimum` articles that at least doubles the library.
    public func beginImport(articleCount: Int, bulk: Bool? = nil) throws -> ImportSession {
        let stored = try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
        return try ImportSession(library: self, bulk: bulk ?? ImportSession.suitsBulk(importing: articleCount, stored: stored))
    }

    /// Finishes the deferred indexing of a bulk import that did not finish (killed), unless
    /// an import is still running. Called when the library opens.
    func finishInterruptedImport() throws {
        guard try read({ db in try DeferredIndexing.isPending(db) }),
              let lock = try? DeferralLock(libraryPath: path, shared: false) else { return }
        try write { db in try DeferredIndexing.finish(db) }
        _ = lock
    }

    /// Whether a bulk import's indexes and tallies are still deferred.
    public func hasDeferredIndexing() throws -> Bool {
        try read { db in try DeferredIndexing.isPending(db) }
    }
}

/// An advisory `flock` on `<library>-import.lock`: held shared by every running bulk import,
/// taken exclusively (without waiting) by whoever builds the deferred indexes. The kernel
/// drops it when its process dies, so a killed import never blocks the rebuild.
private final class DeferralLock {
    private let descriptor: Int32

    /// Shared: waits for a rebuild in progress. Exclusive: fails at once when held.
    init(libraryPath: String, shared: Bool) throws {
        let lockPath = libraryPath + "-import.lock"
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DossierError("library \(libraryPath): cannot open \(lockPath) (\(String(cString: strerror(errno))))", code: .library)
        }
        if flock(descriptor, shared ? LOCK_SH : LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            throw DossierError("library \(libraryPath): an import is running", code: .library)
        }
    }

    /// Trades the shared lock for an exclusive one; false when another import holds it.
    func becomeExclusive() -> Bool { flock(descriptor, LOCK_EX | LOCK_NB) == 0 }

    deinit { close(descriptor) }
}

/// Gives the heap's free memory back to the system (glibc's `malloc_trim`, looked up at run
/// time because Swift's Glibc module leaves out malloc.h): called between a bulk import's store
/// phase and its deferred indexes, when the 64 MB page cache and the parse buffers were just
/// freed (a 10k import kept ~70 MB of them and peaked at 198 MB).
func returnFreedMemory() {
    #if canImport(Glibc)
    typealias Trim = @convention(c) (Int) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
}
