import Foundation

/// Recognises personal names and the role words that start credentials, the two
/// things every expert header is made of.
enum Names {
    /// Lowercase particles allowed inside a name (`Jan Willem de Vries`).
    static let particles: Set<String> = [
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el",
        "bin", "ibn", "ben", "dos", "das", "do", "y", "ter", "ten", "zu", "af", "ul", "bint", "abu",
    ]

    /// Words that begin or make up credentials (lowercased, without trailing punctuation).
    static let roleWords: Set<String> = [
        "senior", "junior", "associate", "assistant", "professor", "prof", "fellow", "director", "head", "chief",
        "chair", "chairman", "chairwoman", "president", "vice", "deputy", "lecturer", "researcher", "research",
        "analyst", "expert", "editor", "journalist", "correspondent", "commentator", "columnist", "scientist",
        "economist", "historian", "adviser", "advisor", "consultant", "founder", "co-founder", "cofounder",
        "executive", "managing", "program", "programme", "project", "coordinator", "manager", "officer",
        "ambassador", "minister", "former", "member", "partner", "principal", "visiting", "nonresident",
        "non-resident", "distinguished", "emeritus", "dean", "rector", "secretary", "lieutenant", "colonel",
        "general", "captain", "admiral", "major", "dr", "phd", "ph.d", "representative", "author", "writer",
        "political", "military", "independent", "lead", "specialist", "scholar", "doctor", "attorney", "lawyer",
        "judge", "mayor", "governor", "senator", "mp", "ceo", "strategist", "instructor", "postdoctoral",
        "doctoral", "candidate", "retired", "ret", "sociologist", "political scientist", "publisher", "host",
        "blogger", "diplomat", "envoy", "adjunct", "staff", "policy", "investigative", "military-political",
        "leading", "chairperson", "commander", "general-lieutenant", "presenter", "producer", "co-director",
        // Russian
        "политолог", "эксперт", "журналист", "аналитик", "директор", "профессор", "руководитель", "историк",
        "экономист", "научный", "старший", "ведущий", "главный", "доцент", "председатель", "бывший", "депутат",
        "военный", "социолог", "заместитель", "сотрудник", "глава", "президент", "основатель", "редактор",
    ]

    static func bare(_ token: Substring) -> String {
        token.trimming(CharacterSets.wordEdgePunctuation).fastLowercased()
    }

    static func isRoleWord(_ token: Substring) -> Bool {
        if let word = asciiBare(token) {
            return asciiRoleWords.contains(word) || roleWordsEndInPeriod && asciiRoleWords.contains(word + ".")
        }
        let word = bare(token).trimming(CharacterSets.periods)
        return roleWords.contains(word) || roleWordsEndInPeriod && roleWords.contains(word + ".")
    }

    /// Whether any role word ends in a period (else `word + "."` needs no lookup).
    private static let roleWordsEndInPeriod = roleWords.contains { $0.hasSuffix(".") }

    /// The ASCII role words: an ASCII word can only equal one of these, and comparing it with
    /// Cyrillic keys (which `Set` does along a probe chain) is slow.
    static let asciiRoleWords = roleWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }

    /// `bare(token).trimming(CharacterSets.periods)` for an ASCII token, on bytes; nil for other text.
    static func asciiBare(_ token: Substring) -> String? {
        token.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = 0, end = bytes.count
            for byte in bytes where byte >= 0x80 { return nil }
            while start < end, isWordEdge(bytes[start]) { start += 1 }
            while start < end, isWordEdge(bytes[end - 1]) { end -= 1 }
            while start < end, bytes[start] == 0x2E { start += 1 }
            while start < end, bytes[end - 1] == 0x2E { end -= 1 }
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for offset in start..<end {
                    let byte = bytes[offset]
                    buffer[offset - start] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                }
                return end - start
            }
        } ?? nil
    }

    /// The ASCII characters of `CharacterSets.wordEdgePunctuation`: , ; : ( ) [ ] " '
    private static func isWordEdge(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x22, 0x27: return true
        default: return false
        }
    }

    /// Whether a name word can start with this ASCII byte: a capital (a name or an initial), or
    /// the `a`/`e` of `al-`/`el-`. A lowercase letter, a digit or punctuation rules it out.
    static func mayStartNameWord(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e")
    }

    /// A capitalised word that can be part of a name: `Mikaelian`, `Rusnak-Hoffmann`,
    /// `O'Brien`, `Yu-ting`, `al-Sadr`, an initial `J.`; not an all-caps acronym or role word.
    static func isNameWord(_ token: Substring) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        if first.isASCII, !mayStartNameWord(UInt8(first.value)) { return false }
        if isInitial(token) { return true }
        // The prefix and suffix tests walk Characters; the scalar at the edge rules most out first.
        if first == "a" || first == "e", token.hasPrefix("al-") || token.hasPrefix("el-") {
            return isNameWord(token.dropFirst(3))
        }
        guard first.isUppercaseLetter else { return false }
        var letters = 0
        var allUppercase = true
        for scalar in token.unicodeScalars {
            if scalar.isAlphabeticLetter {
                letters += 1
                allUppercase = allUppercase && scalar.isUppercaseLetter
            } else if !isNamePunctuation(scalar) {
                return false
            }
        }
        if letters >= 2 && allUppercase { return false }
        let last = token.unicodeScalars.last
        if last == "s", token.hasSuffix("'s") || token.hasSuffix("’s") { return false }
        if last == ".", token.hasSuffix(".") && letters > 1 { return false }
        return !isRoleWord(token) && !stopWords.contains(token.fastLowercased())
    }

    /// Titles and ranks printed before a name; they stay out of the name
    /// (`Dr. Jane Smith`, `Col. (Ret.) John Hart`, `Amb. Claire Dubois` are the names after them).
    static let honorifics = [
        "Dr. ", "Dr ", "Prof. ", "Prof ", "Professor ", "Ambassador ", "Amb. ", "Mr. ", "Ms. ", "Mrs. ", "Mme ", "Sir ", "Dame ",
        "Col. ", "Colonel ", "Gen. ", "General ", "Lt. ", "Lt ", "Lt.-Gen. ", "Maj. ", "Capt. ", "Adm. ", "Admiral ", "Sgt. ",
        "Sen. ", "Senator ", "Rep. ", "Gov. ", "Rev. ", "Hon. ", "(Ret.) ", "(ret.) ", "Ret. ",
    ]

    private static let honorificHeads = Set(honorifics.map { Array($0.utf8.prefix(2)) })

    /// The name without the titles and ranks printed before it.
    static func withoutHonorifics(_ text: String) -> String {
        // An honorific's first two Characters are ASCII, so a name whose first two bytes begin
        // none of them has none (most names).
        let head = text.utf8.prefix(2)
        guard honorificHeads.contains(where: { $0.elementsEqual(head) }) else { return text }
        var name = Substring(text)
        var stripped = true
        while stripped {
            stripped = false
            for honorific in honorifics where name.hasPrefix(honorific) && name.count > honorific.count + 2 {
                name = name.dropFirst(honorific.count).drop { $0 == " " }
                stripped = true
            }
        }
        return String(name)
    }

    /// Capitalised words that start sentences or headings but never names.
    static let stopWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "of", "and", "or", "but", "if", "as", "to", "by", "with",
        "from", "is", "are", "was", "this", "that", "these", "those", "what", "why", "how", "when", "where",
        "who", "will", "can", "should", "could", "would", "does", "do", "did", "not", "no", "yes", "our",
        "we", "it", "its", "their", "there", "here", "after", "before", "since", "while", "role", "position",
        "notes", "sources", "references", "glossary", "news", "analysis", "opinion", "editor's", "related",
    ]

    /// `-`, `'`, `’` and `.`, the only non-letters allowed in a name word.
    static func isNamePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "’" || scalar == "."
    }

    /// `J.` or `J.R.` (read without building an array: called on most tokens).
    static func isInitial(_ token: Substring) -> Bool {
        var scalars = token.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next(), first.isUppercaseLetter, second == "." else { return false }
        guard scalars.next() != nil else { return true }
        guard let fourth = scalars.next(), scalars.next() == nil else { return false }
        return fourth == "."
    }

    static func isParticle(_ token: Substring) -> Bool { particles.contains(String(token)) }

    /// Whether the tokens make a full name: 2–5 tokens, starting and ending with a name word.
    static func isName<S: Collection>(_ tokens: S) -> Bool where S.Element == Substring {
        guard (2...5).contains(tokens.count), let first = tokens.first, let last = tokens.reversed().first else { return false }
        guard isNameWord(first), isNameWord(last), !isInitial(last) else { return false }
        return tokens.allSatisfy { isNameWord($0) || isParticle($0) }
    }

    /// Whether the whole text is a name (optionally followed by a colon).
    static func isName(_ text: String) -> Bool {
        var trimmed = Substring(text.trimmingSpaces())
        if trimmed.hasSuffix(":") { trimmed = trimmed.dropLast() }
        guard (2...5).contains(trimmed.wordCount(upTo: 5)) else { return false }
        return isName(trimmed.spaceSeparatedWords())
    }

    /// A folded key for comparing names (`Erdoğan` = `erdogan`).
    static func key(_ name: String) -> String {
        var text = name.trimmingSpaces()
        if text.hasSuffix(":") { text.removeLast() }
        if let folded = ScalarFolding.caseAndDiacritics.folded(text), !folded.utf8.contains(0xE2) { return folded }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// Whether a lowercase scalar is directly followed by an uppercase one (the only place
    /// `unglue` can split), without building an array; ASCII is decided without the tables.
    private static func hasLowerThenUpper(_ token: Substring) -> Bool {
        var previousIsLower = false
        for scalar in token.unicodeScalars {
            let isUpper = scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
            if isUpper, previousIsLower { return true }
            previousIsLower = scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
        }
        return false
    }

    /// Splits a token where a name runs into a role word without a space (`ȚurcanuSenior`).
    static func unglue(_ token: Substring) -> [Substring] {
        guard hasLowerThenUpper(token) else { return [token] }
        let scalars = Array(token.unicodeScalars)
        guard scalars.count > 3 else { return [token] }
        for i in 1..<scalars.count where scalars[i].properties.isUppercase && scalars[i - 1].properties.isLowercase {
            var head = String.UnicodeScalarView(); head.append(contentsOf: scalars[..<i])
            var tail = String.UnicodeScalarView(); tail.append(contentsOf: scalars[i...])
            if isRoleWord(Substring(String(tail))) { return [Substring(String(head)), Substring(String(tail))] }
        }
        return [token]
    }
}
