import Foundation

/// Reads an article file from disk and refuses what is not a readable text article,
/// with a one-line message naming the file and the problem.
public enum SourceLoader {
    /// Largest file the importer accepts (8 MiB); real roundups are 10–100 KB.
    public static let maximumBytes = 8 * 1024 * 1024

    /// The file's bytes, after checking it exists, is a regular file and is not over `limit` bytes.
    public static func read(path: String, limit maximumBytes: Int = maximumBytes) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DossierError("\(path): no such file")
        }
        if isDirectory.boolValue { throw DossierError("\(path): is a directory, not an article file") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? NSNumber, size.intValue > maximumBytes {
            throw DossierError("\(path): file is \(size.intValue / 1024 / 1024) MiB, over the \(maximumBytes / 1024 / 1024) MiB limit for one article")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DossierError("\(path): cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        // Read one byte past the limit so a file that grew after the size check is still refused.
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        if data.count > maximumBytes {
            throw DossierError("\(path): file is over the \(maximumBytes / 1024 / 1024) MiB limit for one article")
        }
        return data
    }

    /// Decodes bytes as UTF-8 text, refusing binary data, invalid UTF-8 and empty text.
    public static func decode(_ data: Data, name: String) throws -> String {
        if data.isEmpty { throw DossierError("\(name): file is empty") }
        // Searched in the raw buffer: Data's own iterator is slow byte by byte.
        if let nul = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            throw DossierError("\(name): looks like a binary file (NUL byte at offset \(nul)), not text")
        }
        guard let text = utf8Text(data) else {
            let offset = firstInvalidUTF8Offset(data) ?? 0
            let line = data.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw DossierError("\(name): invalid UTF-8 at byte \(offset) (line \(line)); save the file as UTF-8")
        }
        if text.allSatisfy({ $0.isWhitespace }) { throw DossierError("\(name): file is empty (only whitespace)") }
        return text
    }

    /// The same as Foundation's `String(data:encoding: .utf8)` (one leading byte-order mark
    /// dropped, nil for invalid UTF-8), without bridging through NSString.
    static func utf8Text(_ data: Data) -> String? {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = data.starts(with: byteOrderMark) ? data.dropFirst(byteOrderMark.count) : data[...]
        return String(validating: bytes, as: UTF8.self)
    }

    /// Offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            let scalarBytes = bytes[index..<(index + length)]
            if String(bytes: scalarBytes, encoding: .utf8) == nil { return index }
            index += length
        }
        return nil
    }
}
