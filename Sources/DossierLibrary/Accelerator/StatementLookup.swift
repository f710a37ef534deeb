import GRDB
import GRDBSQLite

extension Statement {
    /// One lookup through SQLite's own calls: binds `key` to the first parameter (any later ones
    /// stay bound), steps once and hands `body` the row, or returns nil when there is none; the
    /// statement is reset after. For lookups a search runs thousands of times, where GRDB's
    /// argument binding and row decoding cost more than the lookup itself.
    @inline(__always)
    func lookup<T>(_ key: Int64, body: (OpaquePointer?) throws -> T) throws -> T? {
        sqlite3_reset(sqliteStatement)  // keeps the bindings
        sqlite3_bind_int64(sqliteStatement, 1, key)
        return try stepOnce(body)
    }

    /// The same with two keys, for the first two parameters.
    @inline(__always)
    func lookup<T>(_ first: Int64, _ second: Int64, body: (OpaquePointer?) throws -> T) throws -> T? {
        sqlite3_reset(sqliteStatement)
        sqlite3_bind_int64(sqliteStatement, 1, first)
        sqlite3_bind_int64(sqliteStatement, 2, second)
        return try stepOnce(body)
    }

    @inline(__always)
    private func stepOnce<T>(_ body: (OpaquePointer?) throws -> T) throws -> T? {
        let handle = sqliteStatement
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_ROW else {
            if code == SQLITE_DONE { return nil }
            throw DatabaseError(resultCode: ResultCode(rawValue: code))
        }
        return try body(handle)
    }
}
