import Foundation

/// A content fingerprint that ignores site furniture, typography and case: the same
/// article from two mirror sites gets the same value. 64-bit FNV-1a, as 16 hex digits.
public enum Fingerprint {
    public static func of(title: String, quotes: [[String]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ text: String) {
            for byte in canonical(text).utf8 {
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
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return canonicalASCII(text) }
        let folded = ScalarFolding.caseDiacriticsAndWidth.folded(text)
            ?? text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var space = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            } else {
                space = true
            }
        }
        return out
    }

    /// The same as `canonical` for ASCII text, without Foundation's folding.
    static func canonicalASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if space && !bytes.isEmpty { bytes.append(0x20) }
                space = false
                bytes.append(lower)
            } else {
                space = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
