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

    /// The aliases a token starts (by its folded form).
    subscript(token token: Token) -> [AliasPattern]? {
        if let key = token.filterKey, filter[key / 64] & (1 << UInt64(key % 64)) == 0 { return nil }
        return patterns[token.folded]
    }

    /// FNV-1a of an ASCII word's bytes, reduced to the filter's size.
    static func filterKey<S: Sequence<UInt8>>(ofASCII word: S) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        for byte in word { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return Int(hash ^ (hash >> 16)) & (filterBits - 1)
    }

    /// `filterKey` of an ASCII text; nil for other text.
    private static func asciiHash(_ word: String) -> Int? {
        word.utf8.allSatisfy { $0 < 0x80 } ? filterKey(ofASCII: word.utf8) : nil
    }
}
