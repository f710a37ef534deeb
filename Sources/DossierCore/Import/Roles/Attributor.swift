import Foundation

/// The article's structure before it becomes the model: which paragraphs are
/// sections, experts, quotes, editorial text and endnotes.
struct Attribution {
    struct DraftExpert { var name: String; var credentials: String? }
    struct Part { var paragraph: Int; var text: String; var offset: Int }
    struct DraftQuote { var expert: String; var section: Int?; var parts: [Part] }
    struct DraftSection { var heading: String; var paragraph: Int; var editorial: [String] = [] }
    /// Why a paragraph got its role, for `dossier parse --explain`.
    struct Decision { var paragraph: Int; var role: Role; var evidence: [(feature: Feature, score: Double)] }

    var experts: [String: DraftExpert] = [:]
    var expertOrder: [String] = []
    var sections: [DraftSection] = []
    var quotes: [DraftQuote] = []
    var introduction: [String] = []
    var endnotes: [Int] = []
    var decisions: [Decision] = []
}

/// Attributes every quote to its expert and section: the body's paragraphs are labelled
/// with roles as a whole (`EvidenceCollector` → `RoleDecoder`), then read in order.
struct Attributor {
    let paragraphs: [Paragraph]
    let layout: Layout
    let markdown: Bool

    private var result = Attribution()
    private var evidence: [Evidence?] = []
    private var roles: [Role] = []

    static func attribute(_ paragraphs: [Paragraph], layout: Layout, markdown: Bool) -> Attribution {
        var attributor = Attributor(paragraphs: paragraphs, layout: layout, markdown: markdown)
        attributor.label()
        attributor.read()
        return attributor.result
    }

    private init(paragraphs: [Paragraph], layout: Layout, markdown: Bool) {
        self.paragraphs = paragraphs
        self.layout = layout
        self.markdown = markdown
    }

    /// The lede and everything after it: the lede may introduce the expert of an interview.
    private var body: Range<Int> { min(layout.lede ?? layout.bodyStart, paragraphs.count)..<paragraphs.count }

    // MARK: Labelling

    private mutating func label() {
        var collector = EvidenceCollector(paragraphs: paragraphs, body: body, lede: layout.lede, markdown: markdown)
        evidence = collector.collect()
        let decoded = evidence.indices.filter { evidence[$0] != nil }
        let emissions = decoded.compactMap { evidence[$0].map(RoleDecoder.emissions) }
        let sameBlock = decoded.indices.map { position in
            position > 0 && paragraphs[body.lowerBound + decoded[position]].block == paragraphs[body.lowerBound + decoded[position - 1]].block
        }
        let path = RoleDecoder.decode(emissions, sameBlock: sameBlock)
        roles = Array(repeating: .furniture, count: evidence.count)
        for (position, offset) in decoded.enumerated() where position < path.count { roles[offset] = path[position] }
        result.decisions = evidence.indices.map { offset in
            let role = roles[offset]
            let contributions = (evidence[offset]?.features ?? []).map { feature, strength in
                (feature: feature, score: (RoleWeights.table[feature]?[role] ?? 0) * strength)
            }
            return Attribution.Decision(paragraph: body.lowerBound + offset, role: role, evidence: contributions)
        }
    }

    private func role(_ index: Int) -> Role { roles[index - body.lowerBound] }
    private func evidence(_ index: Int) -> Evidence? { evidence[index - body.lowerBound] }

    // MARK: Reading the roles

    private struct OpenQuote {
        var quote: Int
        var marks: QuoteMarks?
        var closed = false
    }

    private mutating func read() {
        var section: Int?
        var speaker: String?
        var open: OpenQuote?
        var pending: [Int] = []
        var loose: [(index: Int, section: Int?)] = []
        var inNotes = false

        for index in body {
            let paragraph = paragraphs[index]
            if inNotes {
                if !paragraph.isFurniture, role(index) != .footer, !EvidenceCollector.isNotesHeading(paragraph.text) {
                    result.endnotes.append(index)
                }
                continue
            }
            if paragraph.markup == .rule {
                if !result.quotes.isEmpty { inNotes = true; open = nil }
                continue
            }
            switch role(index) {
            case .furniture:
                continue
            case .footer:
                open = nil
            case .heading:
                open = nil
                loose += pending.map { ($0, section) }; pending = []
                if EvidenceCollector.isNotesHeading(paragraph.text), !result.quotes.isEmpty {
                    inNotes = true
                } else {
                    let heading = Self.withoutDialogueDash(paragraph.text, evidence(index)).text
                    result.sections.append(.init(heading: heading.trimming(CharacterSets.emphasisMarks), paragraph: index))
                    section = result.sections.count - 1
                }
            case .headline:
                open = nil
            case .editorial:
                open = nil
                if index != layout.lede { loose.append((index, section)) }
            case .proseIntro:
                open = nil
                if index != layout.lede { loose.append((index, section)) }
                if let prose = evidence(index)?.prose {
                    speaker = known(prose.name) ?? register(prose.name, credentials: prose.credentials)
                }
            case .intro:
                open = nil
                if let header = evidence(index)?.header { speaker = register(header.name, credentials: header.credentials) }
            case .credentials:
                if let speaker, result.experts[speaker]?.credentials == nil {
                    result.experts[speaker]?.credentials = paragraph.text.trimming(CharacterSets.colonAndSpaces)
                }
            case .introWithQuote:
                guard let header = evidence(index)?.header, let inline = header.inlineQuote else { continue }
                let key = register(header.name, credentials: header.credentials)
                speaker = key
                open = startQuote(speaker: key, section: section, part: .init(paragraph: index, text: inline.text, offset: inline.offset))
            case .quoteStart, .quoteMore:
                let (text, dash) = Self.withoutDialogueDash(paragraph.text, evidence(index))
                let part = Attribution.Part(paragraph: index, text: text, offset: paragraph.columnOffset + dash)
                if role(index) == .quoteMore, var current = open, !(current.closed && opensMark(part.text)) {
                    append(part, to: &current)
                    open = current
                } else if let named = tailSpeaker(paragraph.text) ?? speaker {
                    speaker = named
                    open = startQuote(speaker: named, section: section, part: part)
                } else {
                    loose.append((index, section))
                }
            case .quotePending:
                pending.append(index)
            case .signature:
                guard let signature = evidence(index)?.signature else { continue }
                let key = register(signature.name, credentials: signature.credentials)
                if !pending.isEmpty {
                    let parts = pending.map { Attribution.Part(paragraph: $0, text: paragraphs[$0].text, offset: paragraphs[$0].columnOffset) }
                    result.quotes.append(.init(expert: key, section: section, parts: Self.stripMarks(parts)))
                }
                pending = []
                open = nil
            }
        }
        loose += pending.map { ($0, section) }
        finishQuotes()
        placeLooseText(loose)
    }

    /// A dialogue turn's text without its leading dash (`- Why…?`, `— Потому что…`), and the dash's UTF-8 length.
    static func withoutDialogueDash(_ text: String, _ evidence: Evidence?) -> (text: String, dash: Int) {
        guard let evidence, evidence.has(.dialogueQuestion) || evidence.has(.dialogueAnswer) else { return (text, 0) }
        for dash in ["- ", "– ", "— ", "Q: ", "A: "] where text.hasPrefix(dash) {
            let rest = text.dropFirst(dash.count).drop { $0 == " " }
            return (String(rest), text.utf8.count - rest.utf8.count)
        }
        return (text, 0)
    }

    private func opensMark(_ text: String) -> Bool { text.first.map { QuoteMarks.isOpener($0) } ?? false }

    /// The expert a paragraph's attribution tail names (`,” Beridze added.`), registered.
    private mutating func tailSpeaker(_ text: String) -> String? {
        guard opensMark(text), var marks = QuoteMarks(openingWith: text),
              let close = marks.scan(text, continuation: false), marks.depth == 0,
              AttributionTail.isTail(text[close...]), let named = TailSpeaker.find(in: text[close...]) else { return nil }
        if let known = known(named.name) { return known }
        guard Names.isName(named.name) else { return nil }
        return register(named.name, credentials: named.credentials)
    }

    /// The key of an expert already introduced under this name or with this surname
    /// (`Beridze`, `Ter Horst` for `Eva ter Horst`).
    private func known(_ name: String) -> String? {
        let key = Names.key(name)
        if result.experts[key] != nil { return key }
        return result.expertOrder.last { $0.hasSuffix(" " + key) }
    }

    private mutating func startQuote(speaker: String, section: Int?, part: Attribution.Part) -> OpenQuote {
        result.quotes.append(.init(expert: speaker, section: section, parts: []))
        var quote = OpenQuote(quote: result.quotes.count - 1, marks: QuoteMarks(openingWith: part.text))
        append(part, to: &quote)
        return quote
    }

    /// Adds a paragraph to an open quote, following its quotation marks: where the mark
    /// closes, an attribution tail after it (`,” he said.`) is cut off.
    private mutating func append(_ part: Attribution.Part, to quote: inout OpenQuote) {
        var part = part
        if var marks = quote.marks, !quote.closed {
            let continuation = !result.quotes[quote.quote].parts.isEmpty
            if let close = marks.scan(part.text, continuation: continuation), marks.depth == 0 {
                part.text = Self.cutTail(part.text, at: close)
                quote.closed = true
            }
            quote.marks = marks
        }
        result.quotes[quote.quote].parts.append(part)
    }

    private mutating func finishQuotes() {
        result.quotes = result.quotes.filter { !$0.parts.isEmpty }.map { quote in
            var quote = quote
            quote.parts = Self.stripMarks(quote.parts)
            return quote
        }
    }

    private mutating func register(_ name: String, credentials: String?) -> String {
        let key = Names.key(name)
        if var known = result.experts[key] {
            if known.credentials == nil, let credentials { known.credentials = credentials; result.experts[key] = known }
        } else {
            result.experts[key] = .init(name: name, credentials: credentials)
            result.expertOrder.append(key)
        }
        return key
    }

    // MARK: Quote text

    /// Drops an attribution tail (`…,” he said.`) after the closing mark.
    static func cutTail(_ text: String, at close: String.Index) -> String {
        let rest = text[close...]
        let restTrimmed = rest.trimmingSpaces()
        if restTrimmed.isEmpty || restTrimmed.allSatisfy({ $0.isPunctuation }) { return text }
        return AttributionTail.isTail(rest) ? String(text[..<close]) : text
    }

    /// Removes the opening mark of the first paragraph, the closing mark of the last
    /// (and the re-opening marks of English-style continuation paragraphs).
    static func stripMarks(_ parts: [Attribution.Part]) -> [Attribution.Part] {
        guard let firstText = parts.first?.text, let opener = firstText.first, let closers = QuoteMarks.closers[opener] else { return parts }
        var result = parts
        result[0].text.removeFirst()
        // English style re-opens each paragraph of a quote that is still open with the same mark.
        var depth = 1 + balance(result[0].text, opener: opener, closers: closers)
        for position in result.indices.dropFirst() {
            if depth > 0, result[position].text.first == opener, opener != "\"" || depth == 1 {
                result[position].text.removeFirst()
            }
            depth += balance(result[position].text, opener: opener, closers: closers)
        }
        var last = result[result.count - 1].text
        var trailing = ""
        while let character = last.last, character == "," || character == " " { last.removeLast() }
        while let character = last.last, ".!?".contains(character), last.dropLast().last.map({ closers.contains($0) }) ?? false {
            trailing = String(character) + trailing; last.removeLast()
        }
        if let character = last.last, closers.contains(character) {
            last.removeLast()
            if !trailing.isEmpty, let end = last.last, !".!?".contains(end) { last += trailing }
            while let character = last.last, character == "," || character == " " { last.removeLast() }
            result[result.count - 1].text = last
        }
        for position in result.indices { result[position].text = result[position].text.trimmingSpaces() }
        return result
    }

    /// Openers minus closers in a paragraph (for marks that open and close alike, each pair counts as one).
    private static func balance(_ text: String, opener: Character, closers: Set<Character>) -> Int {
        guard let openerScalar = opener.unicodeScalars.first else { return 0 }
        // One or two closers: an array compares faster than a set hashes.
        let closerScalars = Array(Set(closers.compactMap(\.unicodeScalars.first)))
        var opens = 0, closes = 0
        for scalar in text.unicodeScalars {
            if scalar == openerScalar { opens += 1 } else if closerScalars.contains(scalar) { closes += 1 }
        }
        if closerScalars.contains(openerScalar) { return opens % 2 }
        return opens - closes
    }

    // MARK: Editorial and endnotes

    /// Text outside quotes: before any expert it is the introduction; after the last
    /// quote it is endnotes when it reads like notes; otherwise it is its section's editorial.
    private mutating func placeLooseText(_ loose: [(index: Int, section: Int?)]) {
        let lastQuoteParagraph = result.quotes.last?.parts.last?.paragraph ?? Int.max
        let firstQuoteParagraph = result.quotes.first?.parts.first?.paragraph ?? Int.max
        let trailing = loose.filter { $0.index > lastQuoteParagraph }.map(\.index)
        let trailingAreNotes = !markdown && !trailing.isEmpty && Endnotes.looksLikeNotes(trailing.map { paragraphs[$0].text })
        for (index, section) in loose {
            let text = paragraphs[index].text
            if trailingAreNotes && index > lastQuoteParagraph {
                result.endnotes.append(index)
            } else if let section {
                result.sections[section].editorial.append(text)
            } else if index < firstQuoteParagraph {
                result.introduction.append(text)
            } else if !result.sections.isEmpty {
                result.sections[result.sections.count - 1].editorial.append(text)
            } else {
                result.introduction.append(text)
            }
        }
        result.endnotes.sort()
    }
}
