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
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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

    static func fold(_ text: String) -> String {
        fold(Substring(text).unicodeScalars)
    }
}
