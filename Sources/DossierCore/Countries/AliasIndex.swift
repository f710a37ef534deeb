import Foundation

/// Aliases by a folded word. Most words of running text start no alias; for plain ASCII
/// words a bit filter says so without hashing and comparing `String`s (a dictionary miss
/// compares the key with every entry of its probe chain).
struct AliasIndex: Sendable {
    private let patterns: [String: [AliasPattern]]
    private let filter: [UInt64]
    private static let filterBits = 1 << 16

    init(_ patterns: [String: [AliasPattern]]) {
        self.patterns = patterns
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for key in patterns.keys {
            // An ASCII word can equal a non-ASCII key only through canonical equivalence (K, the Kelvin sign).
            for spelling in [key, key.precomposedStringWithCanonicalMapping] {
                guard let hash = Self.asciiHash(spelling) else { continue }
                filter[hash / 64] |= 1 << UInt64(hash % 64)
            }
        }
        self.filter = filter
    }

    subscript(word: String) -> [AliasPattern]? {
        if let hash = Self.asciiHash(word), filter[hash / 64] & (1 << UInt64(hash % 64)) == 0 { return nil }
        return patterns[word]
    }

    /// FNV-1a of an ASCII word, reduced to the filter's size; nil for other text.
    private static func asciiHash(_ word: String) -> Int? {
        var hash: UInt32 = 0x811C_9DC5
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        return Int(hash ^ (hash >> 16)) & (filterBits - 1)
    }
}
