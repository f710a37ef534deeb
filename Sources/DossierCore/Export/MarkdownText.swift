/// Escaping of article text for Pandoc Markdown, so the rendered words are the
/// printed ones (editorial `[brackets]`, `<`, `*`, `@` stay literal).
public enum MarkdownText {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "@", "~", "^", "$", "|", "&"]

    /// `text` with Markdown-special characters backslash-escaped, and a leading
    /// list marker (`- `, `+ `, `1. `) neutralised.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return escapeLeadingListMarker(out)
    }

    /// Removes the backslashes `escape` added (any backslash before ASCII punctuation).
    public static func unescape(_ text: String) -> String {
        var out = ""
        var pendingBackslash = false
        for character in text {
            if pendingBackslash {
                if !(character.isASCII && character.isPunctuationOrSymbol) { out.append("\\") }
                out.append(character)
                pendingBackslash = false
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                out.append(character)
            }
        }
        if pendingBackslash { out.append("\\") }
        return out
    }

    private static func escapeLeadingListMarker(_ text: String) -> String {
        if let first = text.first, "-+".contains(first), text.dropFirst().first == " " {
            return "\\" + text
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, let mark = rest.first, ".)".contains(mark), rest.dropFirst().first == " " {
            return digits + "\\" + rest
        }
        return text
    }
}

extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
