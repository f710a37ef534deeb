import Foundation

/// Endnotes printed at the bottom of an article, turned into glossary entries:
/// `The so-called “Term” definition`, `«Term» is …`, `Term, description.`, `**Term**: definition`.
enum Endnotes {
    /// Whether trailing paragraphs read like notes rather than a closing editorial:
    /// some paragraph has a note form, or one is printed twice.
    static func looksLikeNotes(_ texts: [String]) -> Bool {
        let keys = texts.map(dedupKey)
        if Set(keys).count < keys.count { return true }
        return texts.contains { text in
            if text.lowercased().hasPrefix("the so-called") { return true }
            if let first = text.first, "«“\"".contains(first), quotedTerm(text) != nil { return true }
            return false
        }
    }

    static func entries(from paragraphs: [(text: String, line: Int)], bodyText: String) -> [GlossaryEntry] {
        var seen: Set<String> = []
        var entries: [GlossaryEntry] = []
        for (text, line) in paragraphs {
            let key = dedupKey(text)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            var (term, definition) = parse(text)
            if term == nil { term = referencedTerm(in: definition, bodyText: bodyText) }
            entries.append(GlossaryEntry(term: term, definition: definition, line: line))
        }
        return entries
    }

    static func dedupKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(String.init).joined()
    }

    /// Splits one note into its term (when the text names it) and definition.
    static func parse(_ raw: String) -> (term: String?, definition: String) {
        let text = MarkdownInline.links(raw.trimmingSpaces())
        if text.hasPrefix("**"), let end = text.dropFirst(2).nativeRange(of: "**") {
            let term = String(text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound]).trimming(CharacterSets.colonAndSpaces)
            return (term, trimSeparator(text[end.upperBound...]))
        }
        let lower = text.lowercased()
        if lower.hasPrefix("the so-called ") {
            let rest = String(text.dropFirst("the so-called ".count))
            if let (term, after) = quotedTerm(rest) { return (term, trimSeparator(after)) }
        }
        if let first = text.first, "«“\"".contains(first), let (term, after) = quotedTerm(text) {
            return (term, trimSeparator(after))
        }
        if let colon = text.nativeRange(of: ": "), isTermShaped(text[..<colon.lowerBound]) {
            return (String(text[..<colon.lowerBound]), String(text[colon.upperBound...]))
        }
        for separator in [" — ", " – ", ", "] {
            if let range = text.nativeRange(of: separator), isTermShaped(text[..<range.lowerBound]) {
                return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
            }
        }
        return (nil, text)
    }

    /// `«Term» rest` or `“Term” rest` → (Term, rest).
    static func quotedTerm(_ text: String) -> (String, Substring)? {
        guard let open = text.first, let closers = QuoteMarks.closers[open] else { return nil }
        let body = text.dropFirst()
        // Every closer is one scalar: compared as such, not hashed as a Character.
        let marks = closers.compactMap(\.unicodeScalars.first)
        guard let close = body.firstIndex(where: { QuoteMarks.isMark($0, among: marks) }) else { return nil }
        let term = body[..<close].trimming(CharacterSets.termEdges)
        guard !term.isEmpty, term.split(separator: " ").count <= 8 else { return nil }
        return (term, body[body.index(after: close)...])
    }

    static func trimSeparator(_ text: Substring) -> String {
        text.trimming(CharacterSets.definitionSeparators)
    }

    /// A term: up to five words, each capitalised (a name or proper noun) or an acronym.
    static func isTermShaped(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        if words.count == 1 { return words[0].count >= 2 && words[0].allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" } }
        return words.allSatisfy { $0.first?.isUppercase == true || Names.isParticle($0) || ["of", "the", "and"].contains($0) }
    }

    /// The first short “quoted phrase” of the definition that the article's body also uses.
    static func referencedTerm(in definition: String, bodyText: String) -> String? {
        var rest = Substring(definition)
        while let open = rest.firstIndex(where: { QuoteMarks.isOpener($0) && $0 != "\"" }) {
            guard let (term, after) = quotedTerm(String(rest[open...])) else { return nil }
            if bodyText.range(of: term, options: [.caseInsensitive]) != nil { return term }
            rest = Substring(after)
        }
        return nil
    }
}
