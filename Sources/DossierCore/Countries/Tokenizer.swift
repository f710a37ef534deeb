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
}

/// Splits text into word tokens (letters, digits and combining marks), in one pass.
enum Tokenizer {
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var offset = 0
        var tokenStart = 0
        var tokenStartIndex = scalars.startIndex
        var inToken = false
        var gap = GapScanner()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if !inToken {
                    inToken = true
                    tokenStart = offset
                    tokenStartIndex = index
                }
            } else {
                if inToken {
                    tokens.append(makeToken(scalars[tokenStartIndex..<index], start: tokenStart, end: offset, gap: gap.gap(isFirst: tokens.isEmpty)))
                    inToken = false
                    gap = GapScanner()
                }
                gap.add(scalar)
            }
            offset += width
            index = scalars.index(after: index)
        }
        if inToken {
            tokens.append(makeToken(scalars[tokenStartIndex..<scalars.endIndex], start: tokenStart, end: offset, gap: gap.gap(isFirst: tokens.isEmpty)))
        }
        return tokens
    }

    private static func makeToken(_ scalars: Substring.UnicodeScalarView, start: Int, end: Int, gap: TokenGap) -> Token {
        Token(start: start, end: end, folded: TextFolding.fold(scalars), shape: shape(of: scalars), gapBefore: gap)
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

    static func shape(of scalars: Substring.UnicodeScalarView) -> CaseShape {
        var letters = 0
        var uppers = 0
        var firstIsUpper: Bool?
        for scalar in scalars {
            let properties = scalar.properties
            guard properties.isAlphabetic else { continue }
            letters += 1
            let upper = properties.isUppercase
            if upper { uppers += 1 }
            if firstIsUpper == nil { firstIsUpper = upper }
        }
        guard let first = firstIsUpper, first else { return .lower }
        return letters >= 2 && uppers == letters ? .allCaps : .capitalized
    }
}

/// Classifies the characters between two tokens.
private struct GapScanner {
    private var hasSpace = false
    private var mark: Unicode.Scalar?
    private var markCount = 0

    mutating func add(_ scalar: Unicode.Scalar) {
        if scalar.properties.isWhitespace {
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
