/// Gathers the evidence for every body paragraph: a survey first learns the names the
/// article prints (headers, signatures, jump lists, prose introductions) and whether its
/// quotes carry quotation marks; then each paragraph's features are computed with that knowledge.
struct EvidenceCollector {
    let paragraphs: [Paragraph]
    let body: Range<Int>
    let lede: Int?
    let markdown: Bool

    private(set) var parser = ExpertHeaderParser()
    private(set) var knownNames: Set<String> = []
    /// Names printed more than once (a header and a later bare line, a jump list and a signature).
    private(set) var nameCounts: [String: Int] = [:]
    /// Names printed somewhere with credentials (a header, a signature, a prose appositive).
    private(set) var credentialedNames: Set<String> = []
    /// Surnames (folded, with a particle: `de vries`) of the names printed in full, to the full name.
    private(set) var surnames: [String: String] = [:]
    private(set) var markedStyle = false
    private(set) var blockquoteStyle = false
    private(set) var jumpList: Set<Int> = []
    /// The headlines a jump list gives (`Name: headline`), folded.
    private(set) var jumpHeadlines: Set<String> = []
    private(set) var continuesMark: Set<Int> = []
    /// Each paragraph's parses, computed once: the signature and prose introduction in the
    /// survey, the header after it (with the names the survey learnt).
    private var signatures: [Int: Signature] = [:]
    private var proses: [Int: ProseIntroduction] = [:]
    private var headers: [Int: ExpertHeader] = [:]
    /// Paragraphs whose survey parse did not depend on the known names (no second parse needed).
    private var settled: Set<Int> = []
    /// Where the bottom of the page begins: only repeats there read as endnotes.
    private var bottom: Int { body.lowerBound + body.count * 3 / 5 }
    /// Paragraph texts printed more than once near the bottom (repeated endnotes).
    private(set) var repeated: Set<String> = []
    /// Every paragraph's `wordCount(upTo: 70)`, counted once for all the features that ask
    /// (`wordCount(upTo: n)` for n ≤ 70 is `min(count, n + 1)`).
    private var wordCounts: [Int] = []

    init(paragraphs: [Paragraph], body: Range<Int>, lede: Int?, markdown: Bool) {
        self.paragraphs = paragraphs
        self.body = body
        self.lede = lede
        self.markdown = markdown
    }

    /// Surveys the article and returns every body paragraph's evidence (nil for lexical furniture).
    mutating func collect() -> [Evidence?] {
        wordCounts = paragraphs.map { $0.text.wordCount(upTo: 70) }
        survey()
        // Parsed again with the names the survey learnt, unless the names played no part.
        for index in body where (!paragraphs[index].isFurniture || paragraphs[index].markup == .blockquote) && !settled.contains(index) {
            if let header = parser.parse(paragraphs[index].text) { headers[index] = header }
        }
        continuesMark = markContinuations()
        return body.map { index in
            let paragraph = paragraphs[index]
            return paragraph.isFurniture && paragraph.markup != .blockquote && !paragraph.opensFooter ? nil : evidence(index)
        }
    }

    // MARK: Survey

    private mutating func survey() {
        var marked = 0, unmarked = 0, blockquotes = 0, plainAfterIntro = 0
        var counts: [String: Int] = [:]
        var fullNames: [String: String] = [:]
        func saw(_ name: String) {
            counts[Names.key(name), default: 0] += 1
            fullNames[Names.key(name)] = name
        }
        for index in body where !paragraphs[index].isFurniture {
            let text = paragraphs[index].text
            if let signature = Signature.parse(text) {
                signatures[index] = signature
                saw(signature.name)
                credentialedNames.insert(Names.key(signature.name))
                continue
            }
            if let entry = jumpListEntry(index) {
                saw(entry)
                jumpList.insert(index)
                if let colon = text.nativeRange(of: ": ") { jumpHeadlines.insert(Names.key(String(text[colon.upperBound...]))) }
                continue
            }
            if let prose = ProseIntroduction.find(in: text, words: wordCounts[index]) {
                proses[index] = prose
                saw(prose.name)
                if prose.credentials != nil { credentialedNames.insert(Names.key(prose.name)) }
            }
            var consulted = false
            let parsed = parser.parse(text, consultedNames: &consulted)
            if !consulted { settled.insert(index); headers[index] = parsed }
            guard let header = parsed else { continue }
            if header.form == .nameOnly {
                saw(header.name)
                continue
            }
            saw(header.name)
            if let credentials = header.credentials, ExpertHeaderParser.readsLikeCredentials(credentials) {
                credentialedNames.insert(Names.key(header.name))
            }
            let next = header.inlineQuote?.text ?? nextContent(after: index).map { paragraphs[$0].text } ?? ""
            if let first = next.first, QuoteMarks.isOpener(first) { marked += 1 } else { unmarked += 1 }
            if let following = nextContent(after: index) {
                if paragraphs[following].markup == .blockquote { blockquotes += 1 } else { plainAfterIntro += 1 }
            }
        }
        // Endnotes are printed twice at the bottom of some pages; a sentence an expert repeats
        // in two answers is not a note, so only repeats in the last part of the page count.
        // Compared by their bytes (a repeat is the same text printed again): hashing a String
        // normalises non-ASCII text first, which made this set a few percent of parsing.
        var seen: Set<UTF8Key> = []
        for index in bottom..<body.upperBound where paragraphs[index].text.utf8.count > 40 {
            let text = paragraphs[index].text
            if !seen.insert(UTF8Key(text)).inserted { repeated.insert(text) }
        }
        nameCounts = counts
        // A surname two experts share names neither (and the map is built in a fixed order, so
        // two parses of one article always agree).
        var ambiguous: Set<String> = []
        func note(_ surname: String, _ name: String) {
            if let other = surnames[surname], Names.key(other) != Names.key(name) { ambiguous.insert(surname) }
            surnames[surname] = name
        }
        for (key, name) in fullNames.sorted(by: { $0.key < $1.key }) {
            let words = key.split(separator: " ")
            guard words.count >= 2, let last = words.last else { continue }
            note(String(last), name)
            // With the particles before it: `van der berg`, `de la fuente`.
            var start = words.count - 1
            while start > 1, Names.particles.contains(String(words[start - 1])) { start -= 1 }
            if start < words.count - 1 { note(words[start...].joined(separator: " "), name) }
        }
        for surname in ambiguous { surnames[surname] = nil }
        knownNames = Set(counts.keys)
        parser.knownNames = knownNames
        markedStyle = marked > 0 && marked >= unmarked
        blockquoteStyle = markdown && blockquotes > plainAfterIntro
    }

    private func nextContent(after index: Int) -> Int? {
        var next = index + 1
        while next < body.upperBound, paragraphs[next].isFurniture, paragraphs[next].markup != .blockquote { next += 1 }
        return next < body.upperBound ? next : nil
    }

    private func previousContent(before index: Int) -> Int? {
        var previous = index - 1
        while previous >= body.lowerBound, paragraphs[previous].isFurniture { previous -= 1 }
        return previous >= body.lowerBound ? previous : nil
    }

    /// `Name: headline` in a list of such lines (an "experts react" jump list).
    private func jumpListEntry(_ index: Int) -> String? {
        guard let entry = Self.namePrefix(paragraphs[index].text) else { return nil }
        let neighbours = [previousContent(before: index), nextContent(after: index)].compactMap { $0 }
        let inList = neighbours.contains { Self.namePrefix(paragraphs[$0].text) != nil || paragraphs[$0].text.lowercasedHasPrefix("jump to") }
        return inList ? entry : nil
    }

    static func namePrefix(_ text: String) -> String? {
        guard let colon = text.nativeRange(of: ": ") else { return nil }
        let name = String(text[..<colon.lowerBound])
        let rest = text[colon.upperBound...]
        guard Names.isName(name), let first = rest.first, !QuoteMarks.isOpener(first), rest.wordCount(upTo: 20) <= 20 else { return nil }
        return name
    }

    /// Paragraphs inside a quotation mark that an earlier paragraph opened. A mark that
    /// never closes before the next introduction only carries through its own block.
    private func markContinuations() -> Set<Int> {
        var result: Set<Int> = []
        var index = body.lowerBound
        while index < body.upperBound {
            defer { index += 1 }
            let paragraph = paragraphs[index]
            guard !paragraph.isFurniture else { continue }
            var text = paragraph.text
            if let inline = headers[index]?.inlineQuote { text = inline.text }
            guard var marks = QuoteMarks(openingWith: text) else { continue }
            if marks.scan(text, continuation: false) != nil, marks.depth == 0 { continue }
            var covered: [Int] = []
            var closed = false
            var next = index + 1
            while next < body.upperBound, covered.count < 25 {
                let candidate = paragraphs[next]
                if candidate.isFurniture { next += 1; continue }
                if startsSomethingElse(next) { break }
                covered.append(next)
                if marks.scan(candidate.text, continuation: true) != nil, marks.depth == 0 { closed = true; break }
                next += 1
            }
            if !closed { covered = covered.filter { paragraphs[$0].block == paragraph.block } }
            result.formUnion(covered)
            if let last = covered.last, closed { index = last }
        }
        return result
    }

    /// An introduction, signature or heading line, which no open quote runs across.
    private func startsSomethingElse(_ index: Int) -> Bool {
        let paragraph = paragraphs[index]
        if case .heading = paragraph.markup { return true }
        if paragraph.markup == .rule { return true }
        let text = paragraph.text
        if let first = text.first, QuoteMarks.isOpener(first) { return false }
        if signatures[index]?.dashed == true { return true }
        if let header = headers[index], header.form != .nameOnly || knownNames.contains(Names.key(header.name)) { return true }
        return false
    }

    // MARK: Features

    private func evidence(_ index: Int) -> Evidence {
        var evidence = Evidence()
        let paragraph = paragraphs[index]
        let text = paragraph.text
        let words = min(wordCounts[index], 61)
        let first = text.first
        let last = text.last
        let opensWithMark = first.map { QuoteMarks.isOpener($0) } ?? false
        let previous = previousContent(before: index)
        let sameBlock = previous.map { paragraphs[$0].block == paragraph.block } ?? false
        let alone = !sameBlock && (nextContent(after: index).map { paragraphs[$0].block != paragraph.block } ?? true)

        if index == lede { evidence.add(.lede) }
        if paragraph.isFurniture || DateLine.looksLikeDate(text) || Self.isBrandTag(text) { evidence.add(.siteWords) }
        if paragraph.opensFooter { evidence.add(.opensFooter) }
        if jumpList.contains(index) { evidence.add(.jumpListEntry) }
        if !jumpHeadlines.isEmpty, jumpHeadlines.contains(Names.key(text)) { evidence.add(.jumpListHeadline) }
        if Self.isNotesHeading(text) { evidence.add(.notesHeading) }
        if sameBlock { evidence.add(.sameBlockAsPrevious) }
        if paragraph.markup == .listItem { evidence.add(.listItem) }

        // Who speaks.
        if !opensWithMark, paragraph.markup != .blockquote, let header = headers[index] {
            evidence.header = header
            let key = Names.key(header.name)
            let known = knownNames.contains(key) && (nameCounts[key] ?? 0) >= 2 || credentialedNames.contains(key)
            if header.inlineQuote != nil {
                evidence.add(.headerInlineQuote)
            } else if header.form == .nameOnly {
                evidence.add(.bareName, alone || paragraph.markup == .strong || nextIsCredentials(index) ? 1 : 0.6)
                if known { evidence.add(.knownName) }
                if paragraph.markup == .strong { evidence.add(.strongName) }
            } else if header.form == .nameLast {
                evidence.add(.headerNameLast)
            } else {
                let credentialed = header.credentials.map { ExpertHeaderParser.readsLikeCredentials($0) } ?? false
                evidence.add(.header, header.endsSentence ? 0.75 : credentialed ? 1 : 0.7)
            }
            if case .heading(let level) = paragraph.markup, level >= 3 { evidence.add(.headerInHeading) }
        }
        if let signature = signatures[index] {
            evidence.signature = signature
            evidence.add(signature.dashed ? .signatureDashed : .signature)
        }
        if evidence.header == nil, evidence.signature == nil {
            if let prose = proses[index] {
                evidence.prose = prose
                evidence.add(.proseIntroduction)
            } else if let known = surnameIntroduction(index) {
                evidence.prose = ProseIntroduction(name: known, credentials: nil)
                evidence.add(.proseIntroduction, 0.9)
            }
        }
        if let name = evidence.header?.name ?? evidence.signature?.name ?? evidence.prose?.name {
            let first = name.split(separator: " ").first { !Names.isInitial($0) } ?? ""
            if NameLexicon.isFirstName(first) {
                evidence.add(.firstNameKnown)
            } else if !credentialedNames.contains(Names.key(name)) {
                evidence.add(.firstNameUnknown)
            }
        }
        if let previous, paragraphs[previous].markup != .blockquote,
           paragraphs[previous].markup != .blockquote, let header = headers[previous], header.form == .nameOnly, header.inlineQuote == nil {
            evidence.add(.afterBareName)
        }
        if Self.readsLikeCredentialsLine(text, words: words) { evidence.add(.credentialsShape) }

        // Quotation.
        if opensWithMark { evidence.add(.opensMark) }
        if continuesMark.contains(index) { evidence.add(.continuesOpenMark) }
        if let close = Self.closingMark(text) {
            evidence.add(.closesMark)
            if opensWithMark || continuesMark.contains(index), AttributionTail.isTail(text[close...]) { evidence.add(.attributionTail) }
        }
        // Whether the paragraph's own text speaks in the first person, once asked.
        var textInFirstPerson: Bool?
        if let rest = Self.afterOpeningQuotedPhrase(text) {
            evidence.add(.quotedPhraseOpening)
            if Self.speaksInFirstPerson(String(rest)) { evidence.add(.firstPerson) }
        } else {
            textInFirstPerson = Self.speaksInFirstPerson(text)
            if textInFirstPerson == true { evidence.add(.firstPerson) }
        }
        // In an article whose quotes carry marks, a paragraph without one after a quote that
        // closed its mark starts something else (an unmarked answer may still run on).
        if markedStyle, !sameBlock, !opensWithMark, !continuesMark.contains(index), paragraph.markup != .blockquote,
           let previous, Self.endsWithClosingMark(paragraphs[previous].text) {
            evidence.add(.unmarkedInMarkedArticle)
        }
        if Self.isNoteShaped(text, words: words) { evidence.add(.noteShape) }
        // Repeated endnotes, not an expert's signature printed under each answer.
        if !repeated.isEmpty, index >= bottom, evidence.signature == nil, evidence.header == nil, text.utf8.count > 40,
           repeated.contains(text) {
            evidence.add(.repeatedText)
        }
        if blockquoteStyle, paragraph.markup != .blockquote { evidence.add(.plainInBlockquoteArticle) }
        if paragraph.markup == .blockquote { evidence.add(.blockquote) }
        if let dialogue = dialogueTurn(index) { evidence.add(dialogue) }
        if !opensWithMark, Self.hasEditorialVoice(text, firstPerson: textInFirstPerson) { evidence.add(.editorialVoice) }

        // Shape.
        if case .heading = paragraph.markup { evidence.add(.markdownHeading) }
        let endsLikeSentence = last.map { ".,;:”»\"".contains($0) } ?? false
        if (1...14).contains(words), text.utf8.count <= 160, let first, first.isUppercase || first.isNumber, !endsLikeSentence,
           alone || paragraph.markup == .strong || paragraph.markup != .plain {
            evidence.add(.headingShape)
            if linkListRun(index) { evidence.add(.linkListRun) }
        }
        if last == "?" { evidence.add(.question) }
        if Self.isNumbered(text) { evidence.add(.numbered) }
        if words >= 20, text.containsCharacter(amongASCII: ".!?") { evidence.add(.longProse) }
        if words <= 5 { evidence.add(.shortLine) }
        if last == ":" { evidence.add(.endsWithColon) }
        if last == ".", !ExpertHeaderParser.abbreviations.contains(where: { text.hasSuffix($0) }) { evidence.add(.endsWithPeriod) }
        return evidence
    }

    /// `Stanković was more cautious.` / `De Vries disagreed.`: a sentence that opens with the
    /// surname of a person the article names in full elsewhere.
    private func surnameIntroduction(_ index: Int) -> String? {
        let text = paragraphs[index].text
        guard let first = text.first, !QuoteMarks.isOpener(first), wordCounts[index] <= 30 else { return nil }
        let tokens = text.spaceSeparatedWords().prefix(4).map(ProseIntroduction.strip)
        for length in [3, 2, 1] where tokens.count > length {
            let candidate = Names.key(tokens[..<length].joined(separator: " "))
            guard let full = surnames[candidate], tokens[length].first?.isLowercase == true else { continue }
            return full
        }
        return nil
    }

    private func nextIsCredentials(_ index: Int) -> Bool {
        guard let next = nextContent(after: index) else { return false }
        return Self.readsLikeCredentialsLine(paragraphs[next].text, words: wordCounts[next])
    }

    /// Three or more short unpunctuated lines in a row: a menu, a tag list, a "most read" list.
    private func linkListRun(_ index: Int) -> Bool {
        func short(_ i: Int) -> Bool {
            guard paragraphs.indices.contains(i) else { return false }
            let text = paragraphs[i].text
            guard let last = text.last else { return false }
            return wordCounts[i] <= 16 && !".:;”»\"".contains(last) && !(text.first.map { QuoteMarks.isOpener($0) } ?? false)
                && headers[i] == nil
        }
        let run = [index - 2, index - 1, index + 1, index + 2]
        let neighbours = run.filter(short).count
        return short(index - 1) && short(index + 1) || neighbours >= 3
    }

    /// `- question?` followed by `- answer` (or `— …` in Russian interviews).
    private func dialogueTurn(_ index: Int) -> Feature? {
        func isTurn(_ i: Int) -> Bool {
            guard paragraphs.indices.contains(i) else { return false }
            let paragraph = paragraphs[i]
            return paragraph.markup == .listItem || paragraph.text.hasPrefix("— ") || paragraph.text.hasPrefix("– ")
                || paragraph.text.hasPrefix("- ") || paragraph.text.hasPrefix("Q: ") || paragraph.text.hasPrefix("A: ")
        }
        guard isTurn(index) else { return nil }
        let text = paragraphs[index].text
        if text.hasSuffix("?") || text.hasPrefix("Q: ") { return .dialogueQuestion }
        if let previous = previousContent(before: index), paragraphs[previous].text.hasSuffix("?") { return .dialogueAnswer }
        return nil
    }

    // MARK: Text tests

    /// A one-word tag line in camel case (`UkraineAlert`, `NewAtlanticist`): a site's brand, not a heading.
    static func isBrandTag(_ text: String) -> Bool {
        // Any space byte fails the test (a space is no letter, even joined into a longer
        // Character), so the byte test answers before the Character walks.
        guard !text.utf8.contains(0x20), !text.contains(" "), text.count >= 4, let first = text.first, first.isUppercase else { return false }
        let inner = text.dropFirst().filter { $0.isUppercase }.count
        return inner >= 1 && text.dropFirst().contains(where: { $0.isLowercase }) && text.allSatisfy { $0.isLetter }
    }

    /// `Frozen conflict, a conflict in which …` / `Middle Corridor, the trade route …`: a short
    /// term, then one sentence defining it.
    /// `words`, when given, is the text's `wordCount(upTo:)` with a limit of 45 or more.
    static func isTermThenDefinition(_ text: String, words: Int? = nil) -> Bool {
        guard let comma = text.nativeRange(of: ", "), text[..<comma.lowerBound].wordCount(upTo: 5) <= 4,
              let first = text.first, first.isUppercase, (words ?? text.wordCount(upTo: 45)) <= 45 else { return false }
        let rest = text[comma.upperBound...]
        guard ["a ", "an ", "the "].contains(where: { rest.hasPrefix($0) }) else { return false }
        // One sentence: no full stop before the end.
        return !text.dropLast().contains(". ")
    }

    /// An endnote's own form: `The so-called “Term” …`, `«Term» is …`, `“Term” — …`.
    static func isNoteShaped(_ text: String, words: Int? = nil) -> Bool {
        if isTermThenDefinition(text, words: words) { return true }
        var text = Substring(text)
        if text.lowercasedHasPrefix("the so-called ") { text = text.dropFirst("the so-called ".count) }
        // The head below starts with the text's first Character: test it before cutting.
        guard let opening = text.first, QuoteMarks.isOpener(opening) else { return false }
        // The term is a few words: only the first 120 bytes can hold it and its closing mark.
        let head = text.utf8.count <= 120 ? text : Substring(text).throughWordStart(12, plusBytes: 0)
        guard let first = head.first, QuoteMarks.isOpener(first), let (_, after) = Endnotes.quotedTerm(String(head)) else { return false }
        let rest = after.drop { $0 == " " }
        return ["is ", "are ", "was ", "— ", "– ", "- ", ": ", "refers ", "means ", "это ", "— это"].contains { rest.hasPrefix($0) }
            || rest.first.map { $0.isUppercase } ?? false
    }

    static func isNotesHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        return ["notes", "endnotes", "footnotes", "glossary", "sources", "references", "примечания", "сноски"]
            .contains(text.lowercased().trimming(CharacterSets.headingDecoration))
    }

    /// A short line of credentials: a role or an institution, no quotation, no full stop.
    /// `words`, when given, is the text's `wordCount(upTo:)` with a limit of 40 or more.
    static func readsLikeCredentialsLine(_ text: String, words: Int? = nil) -> Bool {
        guard let first = text.first, !QuoteMarks.isOpener(first), (words ?? text.wordCount(upTo: 40)) <= 40,
              !text.hasSuffix(".") || ExpertHeaderParser.abbreviations.contains(where: { text.hasSuffix($0) }),
              !text.hasSuffix("?"), !text.hasSuffix(":") else { return false }
        return ExpertHeaderParser.readsLikeCredentials(text) && text.spaceSeparatedWords().contains { Names.isRoleWord($0) }
    }

    /// The paragraph ends with a closing quotation mark, perhaps followed by an attribution tail.
    static func endsWithClosingMark(_ text: String) -> Bool {
        guard let close = closingMark(text) else { return false }
        let rest = text[close...]
        return rest.allSatisfy { $0.isPunctuation || $0 == " " } || AttributionTail.isTail(rest)
    }

    /// Where the last closing quotation mark of the paragraph is, if it has one.
    static func closingMark(_ text: String) -> String.Index? {
        // ” » " “, compared by value (no set to build or hash per paragraph).
        guard let index = text.unicodeScalars.lastIndex(where: { [0x201D, 0xBB, 0x22, 0x201C].contains($0.value) }) else { return nil }
        return text.unicodeScalars.index(after: index)
    }

    /// `“We will not be rushed” has been the line from Ankara…`: a quoted phrase that the
    /// outlet's own sentence goes on from (not a tail like `,” she said.`).
    static func afterOpeningQuotedPhrase(_ text: String) -> Substring? {
        guard var marks = QuoteMarks(openingWith: text), let close = marks.scan(text, continuation: false), marks.depth == 0 else { return nil }
        let rest = text[close...]
        guard rest.wordCount(upTo: 6) > 5, text[..<close].wordCount(upTo: 15) <= 15 else { return nil }
        if let first = rest.first, ",.".contains(first) { return nil }
        return AttributionTail.isTail(rest.prefix(40)) ? nil : rest
    }

    static let firstPersonWords: Set<String> = ["i", "i'm", "i’m", "i've", "my", "we", "our", "us", "я", "мы", "мне", "наш", "наша", "нам"]

    /// The words of `firstPersonWords` as bytes. None has another canonically equivalent
    /// spelling, so equal bytes are exactly equal Strings.
    private static let firstPersonBytes: [[UInt8]] = firstPersonWords.sorted().map { Array($0.utf8) }

    /// `firstPersonWords.contains(word)` for a lowercased word, without building a String.
    private static func isFirstPersonWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        firstPersonBytes.contains { $0.count == word.count && $0.elementsEqual(word) }
    }

    static func speaksInFirstPerson(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(asciiSpeaksInFirstPerson), let answer { return answer }
        var lower = (text.utf8.count > 800 ? String(decoding: text.utf8.prefix(800), as: UTF8.self) : text).fastLowercased()
        return lower.withUTF8 { bytes in
            // Words are runs of letters and apostrophes (every byte of a non-ASCII letter counts);
            // typographic punctuation (“ ” « » — – …) ends them although its bytes are not ASCII.
            var start = 0
            var index = 0
            while index <= bytes.count {
                var width = 1
                if index < bytes.count {
                    let byte = bytes[index]
                    let punctuation = Self.punctuationWidth(bytes, index)
                    if punctuation == 0, (0x61...0x7A).contains(byte) || byte == 0x27 || byte >= 0x80 { index += 1; continue }
                    width = max(punctuation, 1)
                }
                let length = index - start
                if length > 0, length <= 8, Self.isFirstPersonWord(UnsafeBufferPointer(rebasing: bytes[start..<index])) {
                    return true
                }
                index += width
                start = index
            }
            return false
        }
    }

    /// `speaksInFirstPerson` for text whose first 800 bytes are ASCII, lowering each byte as
    /// it is read instead of lowercasing a copy; nil for other text.
    private static func asciiSpeaksInFirstPerson(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        let bytes = UnsafeBufferPointer(rebasing: text.prefix(800))
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        var start = 0
        for index in 0...bytes.count {
            if index < bytes.count, case let byte = lowered(bytes[index]), (0x61...0x7A).contains(byte) || byte == 0x27 { continue }
            let length = index - start
            if length > 0, length <= 8, firstPersonBytes.contains(where: { word in
                word.count == length && word.indices.allSatisfy { word[$0] == lowered(bytes[start + $0]) }
            }) {
                return true
            }
            start = index + 1
        }
        return false
    }

    /// The UTF-8 length of typographic punctuation at `index` (« » no-break space, and the
    /// E2 80 xx block: dashes, quotes, ellipsis), 0 when it is none. `’` (E2 80 99) is part of words.
    private static func punctuationWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        if bytes[index] == 0xC2, index + 1 < bytes.count, [0xAB, 0xBB, 0xA0].contains(bytes[index + 1]) { return 2 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] != 0x99 { return 3 }
        return 0
    }

    static let editorialWords = ["experts", "we asked", "asked", "told the", "told us", "told reporters", "spoke with", "spoke to", "critics ",
                                 "эксперты", "рассказали", "опрошенные"]

    private static let editorialNeedles = NeedleSet(editorialWords)

    /// `firstPerson`, when known, is `speaksInFirstPerson(text)`.
    static func hasEditorialVoice(_ text: String, firstPerson: Bool? = nil) -> Bool {
        editorialNeedles.containsAny(in: text.fastLowercased()) && !(firstPerson ?? speaksInFirstPerson(text))
    }

    static func isNumbered(_ text: String) -> Bool {
        let digits = text.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = text.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }
}

/// A text's UTF-8 bytes as a set element, hashed in one call over the bytes (an array of bytes
/// hashes them one at a time; a String normalises non-ASCII text before hashing).
private struct UTF8Key: Hashable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
