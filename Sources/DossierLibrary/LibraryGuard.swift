import DossierCore
import Foundation
import GRDB

/// Checks that a file is a Dossier library (or new/empty) before anything opens it
/// for writing, so a foreign SQLite file or random bytes are never modified.
enum LibraryGuard {
    static func check(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }  // does not exist yet
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }  // a new, empty file
        guard header.count == 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
            throw DossierError("library \(path): not a Dossier library (not an SQLite database); file left untouched", code: .library)
        }
        let applicationID = header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
        if applicationID == LibrarySchema.applicationID { return }
        // The header may predate a transaction still in the WAL file: ask SQLite itself.
        if try applicationID != 0 || !isEmptyOrOurs(path) {
            throw DossierError("library \(path): not a Dossier library (an SQLite database of another program); file left untouched", code: .library)
        }
    }

    /// Whether SQLite (reading through the WAL) sees our application id or no tables at all.
    private static func isEmptyOrOurs(_ path: String) throws -> Bool {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                return id == LibrarySchema.applicationID || (id == 0 && tables == 0)
            }
        } catch {
            throw LibraryErrors.map(error, path: path)
        }
    }
}

/// Turns SQLite errors into one-line `DossierError`s naming the library file.
enum LibraryErrors {
    static func map(_ error: Error, path: String) -> DossierError {
        if let error = error as? DossierError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB:
                return DossierError("library \(path): not a Dossier library (not an SQLite database); file left untouched", code: .library)
            case .SQLITE_CORRUPT:
                return DossierError("library \(path): the database is corrupt (\(error.message ?? "malformed"))", code: .library)
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return DossierError("library \(path): busy, another process holds it too long; try again", code: .library)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return DossierError("library \(path): cannot open or write the file (\(error.message ?? "permission denied"))", code: .library)
            case .SQLITE_FULL:
                return DossierError("library \(path): the disk is full", code: .library)
            default:
                return DossierError("library \(path): \(error.message ?? "\(error.resultCode)")", code: .library)
            }
        }
        return DossierError("library \(path): \(error.localizedDescription)", code: .library)
    }
}
