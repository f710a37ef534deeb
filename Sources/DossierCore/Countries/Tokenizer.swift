/// What separates a token from the one before it. Alias words must be separated in the
/// text the way they are in the alias (`U.S.`, `Guinea-Bissau`, `Côte d'Ivoire`).
enum TokenGap: UInt8, Sendable {
    case start, space, hyphen, apostrophe, period, comma, other
}

/// How a token is capitalised.
enum CaseShape: UInt8, Sendable {
    /// Starts with a lowercase letter, or has no letters.
    case lower
    /// Starts with an uppercase letter (a single capital letter counts here).
    case capitalized
    /// Two or more letters, all uppercase.
    case allCaps
}

/// One word of a paragraph: its UTF-8 range, folded form, capitalisation and the gap before it.
struct Token: Sendable {
    let start: Int
    let end: Int
    let folded: String
    let shape: CaseShape
    let gapBefore: TokenGap
    /// `AliasIndex.filterKey` of `folded`, worked out while folding; nil when not ASCII.
    let filterKey: Int?
}

/// Splits text into word tokens (letters, digits and combining marks) in one pass over
/// the UTF-8 bytes, with a fast path for ASCII.
enum Tokenizer {
    static func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in tokens(in: bytes) }
    }

    private static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6)
        var gap = GapScanner()
        var i = 0
        let count = bytes.count
        while i < count {
            let (scalar, width) = decode(bytes, at: i)
            guard isWordScalar(scalar) else {
                gap.add(scalar)
                i += width
                continue
            }
            let start = i
            var isASCII = true
            var letters = 0, uppers = 0
            var firstIsUpper: Bool?
            var j = i
            while j < count {
                let (s, w) = decode(bytes, at: j)
                guard isWordScalar(s) else { break }
                if s.isASCII {
                    let v = s.value
                    if v >= 65 && v <= 90 {
                        letters += 1; uppers += 1
                        if firstIsUpper == nil { firstIsUpper = true }
                    } else if v >= 97 {
                        letters += 1
                        if firstIsUpper == nil { firstIsUpper = false }
                    }
                } else {
                    isASCII = false
                    let properties = s.properties
                    if properties.isAlphabetic {
                        letters += 1
                        let upper = properties.isUppercase
                        if upper { uppers += 1 }
                        if firstIsUpper == nil { firstIsUpper = upper }
                    }
                }
                j += w
            }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<j])
            let folded = isASCII ? foldASCII(word) : TextFolding.fold(Substring(String(decoding: word, as: UTF8.self)).unicodeScalars)
            let filterKey = isASCII ? AliasIndex.filterKey(ofASCII: word.lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }) : nil
            let shape: CaseShape = firstIsUpper == true ? (letters >= 2 && uppers == letters ? .allCaps : .capitalized) : .lower
            tokens.append(Token(start: start, end: j, folded: folded, shape: shape, gapBefore: gap.gap(isFirst: tokens.isEmpty), filterKey: filterKey))
            gap = GapScanner()
            i = j
        }
        return tokens
    }

    private static func foldASCII(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: word.count) { buffer in
            for (k, byte) in word.enumerated() {
                buffer[k] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return word.count
        }
    }

    /// The scalar starting at byte `i` and its width (the text is valid UTF-8).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard i + width <= bytes.count else { return (Unicode.Scalar(0xFFFD) ?? " ", 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width {
            value = value << 6 | (UInt32(bytes[i + k]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? " ", width)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .decimalNumber: return true
        default: return false
        }
    }
}

/// Classifies the characters between two tokens.
private struct GapScanner {
    private var hasSpace = false
    private var mark: Unicode.Scalar?
    private var markCount = 0

    mutating func add(_ scalar: Unicode.Scalar) {
        let isWhitespace = scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        if isWhitespace {
            hasSpace = true
        } else {
            mark = scalar
            markCount += 1
        }
    }

    func gap(isFirst: Bool) -> TokenGap {
        if isFirst { return .start }
        guard let mark else { return .space }
        guard markCount == 1 else { return .other }
        switch mark {
        case ",": return .comma
        case "-", "\u{2010}", "\u{2011}": return hasSpace ? .other : .hyphen
        case "'", "\u{2019}", "\u{02BC}": return hasSpace ? .other : .apostrophe
        case ".": return hasSpace ? .other : .period
        default: return .other
        }
    }
}
