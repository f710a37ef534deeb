import Foundation

/// Text normalisation shared by the query parser, the in-memory evaluator and the
/// library, chosen to agree with SQLite FTS5's `porter unicode61 remove_diacritics 2`.
public enum SearchText {
    /// Lowercase, diacritics removed (`Erdoğan` → `erdogan`, `Türkiye` → `turkiye`).
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// The folded words of `text`: runs of letters and digits, as unicode61 splits them.
    public static func tokens(_ text: String) -> [String] {
        if let ascii = asciiTokens(text) { return ascii }
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars {
            if isTokenScalar(scalar) {
                current.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a combining mark left over after folding: drop it, as FTS5 does
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// Fast path for plain ASCII text (most words): no Foundation folding needed.
    private static func asciiTokens(_ text: String) -> [String]? {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            default:
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// Folded words joined by single spaces: the key used for substring filters
    /// (`section:"role of russia"`).
    public static func key(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The index form of a token: its Porter stem.
    public static func stem(_ token: String) -> String {
        PorterStemmer.stem(token)
    }

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }
}
