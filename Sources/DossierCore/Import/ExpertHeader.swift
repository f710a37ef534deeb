import Foundation

/// A line that introduces an expert before their words, parsed into name and
/// credentials as printed. Some layouts put the quote on the same line (`inlineQuote`).
struct ExpertHeader: Equatable {
    enum Form: Equatable {
        /// `Name, credentials (City)`, `Name | credentials`, `Имя Фамилия, регалии:`.
        case nameFirst
        /// `description … Name:`.
        case nameLast
        /// `Name Title at Org` with no separator (also glued: `Ion ȚurcanuSenior …`).
        case nameThenRole
        /// A name alone (`**Name**` in Markdown, a bare line for a returning expert).
        case nameOnly
    }

    var name: String
    var credentials: String?
    var form: Form
    /// The header is a whole sentence ending in a period (`Name—credentials.`).
    var endsSentence = false
    /// Quote text that follows the header on the same line, with its UTF-8 offset in the line.
    var inlineQuote: (text: String, offset: Int)?

    static func == (lhs: ExpertHeader, rhs: ExpertHeader) -> Bool {
        lhs.name == rhs.name && lhs.credentials == rhs.credentials && lhs.form == rhs.form && lhs.inlineQuote?.text == rhs.inlineQuote?.text
    }
}

/// Parses expert header lines. `knownNames` (folded keys) are names seen elsewhere in
/// the article, used to decide where a name ends in a `description … Name:` header.
struct ExpertHeaderParser {
    var knownNames: Set<String> = []

    static let abbreviations = ["Ph.D.", "Jr.", "Sr.", "Inc.", "Ltd.", "D.C.", "U.S.", "U.K.", "Dr.", "Prof.", "Co.", "Ret.", "ret.", "PhD."]

    func parse(_ rawText: String) -> ExpertHeader? {
        var consultedNames = false
        return parse(rawText, consultedNames: &consultedNames)
    }

    /// `parse`, also telling whether `knownNames` played a part: when it did not, the
    /// answer is the same for any set of known names.
    func parse(_ rawText: String, consultedNames: inout Bool) -> ExpertHeader? {
        var text = rawText.trimmingSpaces()
        guard !text.isEmpty, let first = text.first, !QuoteMarks.isOpener(first), first != "‘" else { return nil }
        var inline: (String, Int)?
        // Both inline splits look for their separator in the first 31 words: cut that zone once.
        let zone = Substring(text).throughWordStart(31, plusBytes: 8)
        if let split = Self.markedInlineSplit(text, zone: zone) ?? Self.sentenceOpenerSplit(text) ?? Self.unmarkedInlineSplit(text, zone: zone) {
            inline = (String(text[split.quote...]), text.utf8.distance(from: text.startIndex, to: split.quote))
            text = String(text[..<split.headerEnd])
        }
        guard text.utf8.count <= 600 else { return nil }
        if text.nativeContains("*") || text.nativeContains("_") || text.nativeContains("[") {
            text = MarkdownInline.plain(text).trimmingSpaces()
        }
        guard text.wordCount(upTo: 45) <= 45, text.utf8.count <= 400 || text.count <= 400 else { return nil }
        if text.hasSuffix("."), !Self.abbreviations.contains(where: { text.hasSuffix($0) }) {
            // A symposium opens each essay with one sentence: `Name—credentials.`
            guard inline == nil, text.nativeContains("—") || text.nativeContains("–") else { return nil }
            text.removeLast()
            var header = nameFirst(text, separators: Self.dashSeparators, consultedNames: &consultedNames)
            header?.endsSentence = true
            return header
        }
        if text.hasSuffix("?") || text.hasSuffix("!") || text.hasSuffix(";") { return nil }
        let endsWithColon = text.hasSuffix(":")
        if endsWithColon { text.removeLast(); text = text.trimmingSpaces() }

        var header = nameFirst(text, consultedNames: &consultedNames) ?? nameThenRole(text)
        if header == nil, endsWithColon || inline != nil { header = nameLast(text, consultedNames: &consultedNames) }
        if header == nil, case let name = Names.withoutHonorifics(text), Names.isName(name) {
            header = ExpertHeader(name: name, credentials: nil, form: .nameOnly)
        }
        header?.inlineQuote = inline.map { (text: $0.0, offset: $0.1) }
        return header
    }

    /// A symposium essay that opens with its author: `Name—credentials. The essay begins…`.
    static func sentenceOpenerSplit(_ text: String) -> (headerEnd: String.Index, quote: String.Index)? {
        // The dash follows a name of at most five words: only the first 80 bytes can hold it.
        let head = text.utf8.count <= 80 ? Substring(text) : Substring(text).throughWordStart(6, plusBytes: 4)
        guard let dashRange = head.nativeRange(of: "—") ?? head.nativeRange(of: "–") else { return nil }
        let dash = dashRange.lowerBound
        guard text[..<dash].wordCount(upTo: 6) <= 5,
              Names.isName(Names.withoutHonorifics(String(text[..<dash]).trimmingSpaces())) else { return nil }
        var index = text.index(after: dash)
        var words = 0
        while let period = text[index...].nativeRange(of: ". ") {
            words += text[index..<period.lowerBound].wordCount(upTo: 60)
            guard words <= 45 else { return nil }
            let before = text[..<period.lowerBound].split(separator: " ").last ?? ""
            let next = text[period.upperBound...].first
            if next?.isUppercase == true || next.map({ QuoteMarks.isOpener($0) }) == true,
               !Names.isInitial(Substring(before + ".")), !abbreviations.contains(where: { (before + ".").hasSuffix($0) }) {
                let rest = text[period.upperBound...]
                guard rest.wordCount(upTo: 3) >= 3 else { return nil }
                return (period.lowerBound, period.upperBound)
            }
            index = period.upperBound
        }
        return nil
    }

    /// Where `Name, Title: “quote…”` turns from header into quote.
    /// `zone` is `Substring(text).throughWordStart(31, plusBytes: 8)`.
    static func markedInlineSplit(_ text: String, zone: Substring) -> (headerEnd: String.Index, quote: String.Index)? {
        // A separator first found past the 31st word has more than 30 words before it.
        for separator in [": “", ": «", ": \"", ": „", " — “", ": —"] {
            guard let range = zone.nativeRange(of: separator) else { continue }
            let quoteStart = text.index(range.lowerBound, offsetBy: separator.hasPrefix(":") ? 2 : 3)
            guard text[..<range.lowerBound].wordCount(upTo: 30) <= 30 else { continue }
            return (range.lowerBound, quoteStart)
        }
        return nil
    }



    /// `Name, Title: The answer goes on…` without quotation marks: the words after the colon
    /// must be sentences (eight words or more, ending like a sentence), not a headline.
    /// `zone` is `Substring(text).throughWordStart(31, plusBytes: 8)`.
    static func unmarkedInlineSplit(_ text: String, zone: Substring) -> (headerEnd: String.Index, quote: String.Index)? {
        guard let range = zone.nativeRange(of: ": "), text[..<range.lowerBound].wordCount(upTo: 30) <= 30,
              !text[..<range.lowerBound].nativeContains(". ") else { return nil }
        let rest = text[range.upperBound...]
        guard let first = rest.first, first.isUppercase, rest.wordCount(upTo: 8) >= 8,
              let last = rest.last, ".!”»\"".contains(last) else { return nil }
        return (range.lowerBound, range.upperBound)
    }


    /// `Name, credentials`, `Name | credentials`, `Name — credentials`, `Name (Org)`.
    func nameFirst(_ text: String, separators: [String] = Self.separators, consultedNames: inout Bool) -> ExpertHeader? {
        for separator in separators {
            guard let range = text.nativeRange(of: separator) else { continue }
            var name = String(text[..<range.lowerBound]).trimmingSpaces()
            name = Names.withoutHonorifics(name)
            var credentials = String(text[range.upperBound...]).trimmingSpaces()
            if separator == " (" {
                guard credentials.hasSuffix(")"), !credentials.dropLast().nativeContains(")") else { continue }
                credentials = String(credentials.dropLast())
            }
            credentials = Self.withoutOutletNote(credentials)
            guard Names.isName(name), !credentials.isEmpty else { continue }
            guard separator == " (" || Self.readsLikeCredentials(credentials) else {
                consultedNames = true
                guard knownNames.contains(Names.key(name)) else { return nil }
                return ExpertHeader(name: MarkdownInline.plain(name), credentials: credentials, form: .nameFirst)
            }
            return ExpertHeader(name: MarkdownInline.plain(name), credentials: credentials, form: .nameFirst)
        }
        return nil
    }

    /// Credentials without the note of whom the expert spoke to (`…, — для Sputnik`, `… (to RIA)`).
    static func withoutOutletNote(_ credentials: String) -> String {
        for marker in [", — для ", " — для ", ", – для ", " – для ", ", для "] {
            if let range = credentials.nativeRange(of: marker), credentials[range.upperBound...].wordCount(upTo: 4) <= 3 {
                return String(credentials[..<range.lowerBound]).trimmingSpaces()
            }
        }
        return credentials
    }

    static let separators = [", ", " | ", " — ", " – ", " - ", " (", "—", "–"]
    static let dashSeparators = [" — ", " – ", "—", "–"]

    /// Credentials name a role or an institution; `China and Russia` does not.
    static func readsLikeCredentials(_ text: String) -> Bool {
        // Either test suffices; the one pass for the phrases is cheaper than the role words.
        institutionPhrases.containsAny(in: text) || text.spaceSeparatedWords().contains(where: { Names.isRoleWord($0) })
    }

    private static let institutionPhrases = NeedleSet([" at ", " of ", " for ", " in ", "(", " от ", " в ", " центра", " института"])

    /// `Name Title at Org`: a name directly followed by a capitalised role word.
    func nameThenRole(_ text: String) -> ExpertHeader? {
        let tokens = text.spaceSeparatedWords().flatMap { Names.unglue($0) }
        guard tokens.count >= 4 else { return nil }
        for nameLength in 2...min(5, tokens.count - 2) {
            let role = tokens[nameLength]
            guard role.first?.isUppercase == true, Names.isRoleWord(role) else { continue }
            guard Names.isName(tokens[..<nameLength]) else { return nil }
            let name = tokens[..<nameLength].joined(separator: " ")
            let credentials = tokens[nameLength...].joined(separator: " ")
            return ExpertHeader(name: name, credentials: credentials, form: .nameThenRole)
        }
        return nil
    }

    /// `description … Name` (the colon already removed): the name is the trailing run of
    /// capitalised words, cut after the last role word or to a name known from elsewhere.
    func nameLast(_ text: String, consultedNames: inout Bool) -> ExpertHeader? {
        let tokens = text.spaceSeparatedWords()
        var runStart = tokens.count
        while runStart > 0 {
            let token = tokens[runStart - 1]
            let clean = token.hasPrefix("**") ? token.dropFirst(2) : token
            guard !token.hasSuffix(","), Names.isNameWord(clean) || Names.isParticle(clean) || Names.isRoleWord(clean) else { break }
            runStart -= 1
        }
        var run = Array(tokens[runStart...])
        guard run.count >= 2 else { return nil }
        consultedNames = true
        if let known = (0..<(run.count - 1)).first(where: { knownNames.contains(Names.key(run[$0...].joined(separator: " "))) }) {
            run = Array(run[known...])
        } else if let lastRole = run.lastIndex(where: { Names.isRoleWord($0) }) {
            run = Array(run[(lastRole + 1)...])
        } else if run.count > 3 {
            run = Array(run.suffix(2))
        }
        guard Names.isName(run) else { return nil }
        let nameStart = tokens.count - run.count
        var credentials = tokens[..<nameStart].joined(separator: " ").trimmingSpaces()
        if credentials.hasSuffix(",") { credentials.removeLast() }
        guard credentials.contains(where: { $0.isLowercase }) else { return nil }
        return ExpertHeader(name: MarkdownInline.plain(run.joined(separator: " ")), credentials: credentials, form: .nameLast)
    }
}
