import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an export file atomically: the bytes go to a temporary file in the
/// same directory, which is then renamed (with `force`) or hard-linked (without,
/// so an existing file is never replaced) onto the destination.
public enum AtomicFileWriter {
    /// Writes `text` to `path`; throws a one-line `DossierError` (`.output`) naming the path.
    public static func write(_ text: String, to path: String, force: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DossierError("cannot write \(path): directory \(directory) does not exist", code: .output)
        }
        if !force, FileManager.default.fileExists(atPath: path) {
            throw DossierError("\(path) already exists; use --force to overwrite it", code: .output)
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
        try writeNew(Array(text.utf8), to: temporary, reportingAs: path)
        defer { unlink(temporary) }
        if force {
            guard rename(temporary, path) == 0 else { throw failure(path, errno) }
        } else if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST { throw DossierError("\(path) already exists; use --force to overwrite it", code: .output) }
            throw failure(path, code)
        }
    }

    private static func writeNew(_ bytes: [UInt8], to temporary: String, reportingAs path: String) throws {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                let code = errno
                unlink(temporary)
                throw failure(path, code)
            }
            written += count
        }
        guard fsync(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> DossierError {
        let reason = String(cString: strerror(code)).lowercased()
        return DossierError("cannot write \(path): \(reason)", code: .output)
    }
}
