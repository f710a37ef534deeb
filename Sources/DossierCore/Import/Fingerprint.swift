import Foundation

/// A content fingerprint that ignores site furniture, typography and case: the same
/// article from two mirror sites gets the same value. 64-bit FNV-1a, as 16 hex digits.
public enum Fingerprint {
    public static func of(title: String, quotes: [[String]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ text: String) {
            for byte in canonicalUTF8(text) {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x0A
            hash = hash &* 0x0000_0100_0000_01B3
        }
        feed(title)
        for quote in quotes { quote.forEach(feed) }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Letters and digits only, case and diacritics folded, words separated by one space.
    static func canonical(_ text: String) -> String {
        String(decoding: canonicalUTF8(text), as: UTF8.self)
    }

    /// `canonical` as UTF-8. ASCII text needs no folding beyond lowercasing; other text is
    /// folded per scalar where `ScalarFolding` can, else by Foundation.
    static func canonicalUTF8(_ text: String) -> [UInt8] {
        var text = text
        if let ascii = text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? words(bytes, lowercasing: true) : nil }) {
            return ascii
        }
        var folded = ScalarFolding.caseDiacriticsAndWidth.foldedUTF8(text.unicodeScalars)
            ?? Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).utf8)
        return folded.withUnsafeMutableBufferPointer { words(UnsafeBufferPointer($0), lowercasing: false) }
    }

    /// The letters and digits of valid UTF-8 text, each run of anything else made one space
    /// (none at the ends); ASCII capitals lowercased when asked.
    private static func words(_ text: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var space = false
        var index = 0
        while index < text.count {
            let byte = text[index]
            var width = 1
            let keep: Bool
            if byte < 0x80 {
                let lower = lowercasing && (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                keep = (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) || (!lowercasing && (0x41...0x5A).contains(lower))
                if keep {
                    if space && !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(lower)
                } else {
                    space = true
                }
                index += 1
                continue
            }
            width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for offset in 1..<width { value = value << 6 | (UInt32(text[index + offset]) & 0x3F) }
            if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<(index + width)]))
            } else {
                space = true
            }
            index += width
        }
        return out
    }
}
