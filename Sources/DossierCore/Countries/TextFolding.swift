import Foundation

/// Case and diacritic folding used on both sides of every gazetteer lookup, so that
/// `Erdoğan`, `Erdogan` and `ERDOGAN` meet at the same key.
enum TextFolding {
    /// Letters that Unicode folding leaves alone but that readers treat as plain Latin.
    private static let extraFolds: [Character: String] = [
        "ı": "i", "ə": "e", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th",
    ]

    /// The folded form of one token (or a short phrase).
    static func fold(_ text: Substring.UnicodeScalarView) -> String {
        var isASCII = true
        for scalar in text where !scalar.isASCII {
            isASCII = false
            break
        }
        if isASCII {
            var result = String.UnicodeScalarView()
            for scalar in text {
                if scalar.value >= 65 && scalar.value <= 90, let lower = Unicode.Scalar(scalar.value + 32) {
                    result.append(lower)
                } else {
                    result.append(scalar)
                }
            }
            return String(result)
        }
        if let cyrillic = foldCyrillic(text) { return cyrillic }
        let folded = ScalarFolding.caseDiacriticsAndWidth.foldedUTF8(text).map { String(decoding: $0, as: UTF8.self) }
            ?? String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        for character in folded {
            if let replacement = extraFolds[character] {
                result += replacement
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Lowercases a purely Cyrillic word without Foundation (most words of Russian text);
    /// `ё` folds to `е`. Nil when the word has other scripts.
    private static func foldCyrillic(_ text: Substring.UnicodeScalarView) -> String? {
        var result = String.UnicodeScalarView()
        for scalar in text {
            var value = scalar.value
            guard value >= 0x0400 && value <= 0x04FF else { return nil }
            if value >= 0x0410 && value <= 0x042F {
                value += 0x20
            } else if value >= 0x0400 && value <= 0x040F {
                value += 0x50
            }
            if value == 0x0451 { value = 0x0435 }
            guard let lower = Unicode.Scalar(value) else { return nil }
            result.append(lower)
        }
        return String(result)
    }

    static func fold(_ text: String) -> String {
        fold(Substring(text).unicodeScalars)
    }
}
