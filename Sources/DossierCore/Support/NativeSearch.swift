#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search in the standard library. On Linux, Foundation's `range(of:)` and
/// `contains(_:)` bridge through NSString and dominated the importer's time.
extension StringProtocol {
    /// The first occurrence of `needle`, compared byte for byte (no locale, no folding).
    public func nativeRange(of needle: String) -> Range<String.Index>? {
        guard let offset = firstByteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        return start..<end
    }

    /// Whether `needle` occurs, compared byte for byte.
    public func nativeContains(_ needle: String) -> Bool {
        firstByteOffset(of: needle) != nil
    }

    private func firstByteOffset(of needle: String) -> Int? {
        // The needle's own bytes (no copy into an array for every search).
        var needle = needle
        return needle.withUTF8 { firstByteOffset(of: $0) }
    }

    private func firstByteOffset(of pattern: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return nil }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Int? in
            guard bytes.count >= pattern.count, let base = bytes.baseAddress else { return nil }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                // libc's memchr finds the candidates (vectorised); a byte loop here was 3% of parsing.
                guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var matched = 1
                while matched < pattern.count && bytes[at + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return at }
                index = at + 1
            }
            return nil
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}

extension StringProtocol {
    /// Trims leading and trailing characters in `set`, without Foundation.
    public func trimming(_ set: Set<Character>) -> String {
        guard let start = firstIndex(where: { !set.contains($0) }), let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }

    /// Trims spaces and tabs at both ends, without Foundation.
    public func trimmingSpaces() -> String {
        // A Character " " or "\t" is that one byte, so untouched ends need no Character walk.
        let isSpace = { (byte: UInt8?) in byte == 0x20 || byte == 0x09 }
        let text = String(self)
        if let first = text.utf8.first, !isSpace(first), !isSpace(text.utf8.last) { return text }
        return text.trimming(Character.spaces)
    }
}

extension Character {
    static let spaces: Set<Character> = [" ", "\t"]
}

/// Several byte-compared needles searched in one pass over the text (instead of one pass each).
struct NeedleSet: Sendable {
    private let needles: [[UInt8]]
    /// Needles (by position) that start with each byte.
    private let byFirstByte: [[Int]]

    init(_ needles: [String]) {
        self.needles = needles.map { Array($0.utf8) }
        var table = [[Int]](repeating: [], count: 256)
        for (position, needle) in self.needles.enumerated() {
            if let first = needle.first { table[Int(first)].append(position) }
        }
        byFirstByte = table
    }

    /// Whether any needle occurs in `text` (`occurrences(in:) != 0`, stopping at the first).
    func containsAny<S: StringProtocol>(in text: S) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            for start in bytes.indices {
                for position in byFirstByte[Int(bytes[start])] {
                    let needle = needles[position]
                    guard start + needle.count <= bytes.count else { continue }
                    var matched = 1
                    while matched < needle.count && bytes[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// Bit `i` set when needle `i` occurs in `text`.
    func occurrences<S: StringProtocol>(in text: S) -> UInt64 {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> UInt64 in
            var found: UInt64 = 0
            for start in bytes.indices {
                for position in byFirstByte[Int(bytes[start])] where found & (1 << position) == 0 {
                    let needle = needles[position]
                    guard start + needle.count <= bytes.count else { continue }
                    var matched = 1
                    while matched < needle.count && bytes[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { found |= 1 << position }
                }
            }
            return found
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }
}
