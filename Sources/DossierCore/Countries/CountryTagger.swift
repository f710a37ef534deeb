import Foundation

/// Finds countries (and, separately, blocs) named in a quote: by name, demonym, capital,
/// seat of government, state body or sitting leader, using the bundled gazetteer.
///
/// Each paragraph is tokenised once; aliases are looked up by their first folded word and
/// the longest match wins. Context rules then drop what is not about a state today:
/// stop phrases (Gulf of Finland, Armenian Genocide), agreements named after capitals
/// (Minsk Group), languages (Russian-language), person names (Michael Jordan, Farid Aliyev),
/// leaders out of office on the article's date, and Georgia the US state.
///
/// Leaders and dates: with a date, a leader counts if the article's year falls in a term of
/// office. Without a date the article is taken to be recent: a leader counts if in office at
/// any time in the last `undatedLookbackYears` years (default 2) up to the current year.
public struct CountryTagger: CountryTagging {
    public let gazetteer: Gazetteer
    public let currentYear: Int
    public let undatedLookbackYears: Int

    public init(gazetteer: Gazetteer = .bundled, currentYear: Int? = nil, undatedLookbackYears: Int = 2) {
        self.gazetteer = gazetteer
        self.currentYear = currentYear ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        self.undatedLookbackYears = undatedLookbackYears
    }

    public func mentions(in paragraphs: [String], date: String?) -> [CountryMention] {
        tag(paragraphs, date: date).mentions
    }

    /// Country and bloc mentions of one quote, in document order.
    public func tag(_ paragraphs: [String], date: String?) -> CountryTags {
        let years = leaderYears(for: date)
        var scanned: [ScannedParagraph] = []
        scanned.reserveCapacity(paragraphs.count)
        for text in paragraphs {
            scanned.append(scan(text))
        }
        var accepted: [(paragraph: Int, match: AliasMatch, code: String)] = []
        var blocs: [BlocMention] = []
        for (p, paragraph) in scanned.enumerated() {
            for match in paragraph.matches {
                switch match.pattern.kind {
                case .stop:
                    continue
                case .bloc:
                    let (offset, length) = byteRange(of: match, in: paragraph)
                    blocs.append(BlocMention(code: match.pattern.code, text: slice(paragraphs[p], offset, length), paragraph: p, offset: offset, length: length))
                default:
                    if ContextRules.accepts(match, in: paragraph, leaderYears: years) {
                        accepted.append((p, match, match.pattern.code))
                    }
                }
            }
        }
        if accepted.contains(where: { $0.match.pattern.isStateOrCountry }) {
            let isCountry = ContextRules.georgiaIsCountry(accepted.map { ($0.match.pattern, $0.code) }, scanned)
            accepted = accepted.map { entry in
                guard entry.match.pattern.isStateOrCountry else { return entry }
                let paragraph = scanned[entry.paragraph]
                let code = isCountry || !ContextRules.looksLikeUSState(entry.match, in: paragraph, scanned) ? entry.code : "US"
                return (entry.paragraph, entry.match, code)
            }
        }
        if accepted.contains(where: { $0.match.pattern.needsChinaContext }) {
            let chinaContext = accepted.contains { !$0.match.pattern.needsChinaContext && ContextRules.chinaCodes.contains($0.code) }
            if !chinaContext { accepted.removeAll { $0.match.pattern.needsChinaContext } }
        }
        let mentions = accepted.compactMap { entry -> CountryMention? in
            guard let kind = entry.match.pattern.kind.mentionKind else { return nil }
            let (offset, length) = byteRange(of: entry.match, in: scanned[entry.paragraph])
            return CountryMention(code: entry.code, kind: kind, text: slice(paragraphs[entry.paragraph], offset, length), paragraph: entry.paragraph, offset: offset, length: length)
        }
        return CountryTags(mentions: mentions, blocs: blocs)
    }

    /// Sorted unique codes of some mentions (what `Quote.countries` holds).
    public static func codes(of mentions: [CountryMention]) -> [String] {
        Array(Set(mentions.map(\.code))).sorted()
    }

    // MARK: - Matching

    private func scan(_ text: String) -> ScannedParagraph {
        let tokens = Tokenizer.tokens(in: text)
        var covered = [Bool](repeating: false, count: tokens.count)
        var matches: [AliasMatch] = []
        var i = 0
        while i < tokens.count {
            if let pattern = longestMatch(tokens, at: i), !isShadowed(pattern, tokens, at: i) {
                let end = i + pattern.words.count
                for k in i..<end { covered[k] = true }
                matches.append(AliasMatch(pattern: pattern, start: i, end: end))
                i = end
            } else {
                i += 1
            }
        }
        let lastByte = text.utf8.count
        return ScannedParagraph(tokens: tokens, covered: covered, matches: matches, endsWithPeriodAt: { offset in
            offset < lastByte && text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offset)] == UInt8(ascii: ".")
        })
    }

    private func longestMatch(_ tokens: [Token], at i: Int) -> AliasPattern? {
        if tokens[i].folded == "the", i + 1 < tokens.count, let candidates = gazetteer.indexAfterThe[token: tokens[i + 1]] {
            if let pattern = candidates.first(where: { $0.matches(tokens, at: i) }) { return pattern }
        }
        return gazetteer.index[token: tokens[i]]?.first { $0.matches(tokens, at: i) }
    }

    /// "the West Bank": a match that starts with "the" yields to a longer one starting on the next word.
    private func isShadowed(_ pattern: AliasPattern, _ tokens: [Token], at i: Int) -> Bool {
        guard pattern.words.first == "the", i + 1 < tokens.count, let next = longestMatch(tokens, at: i + 1) else { return false }
        return i + 1 + next.words.count > i + pattern.words.count
    }

    private func byteRange(of match: AliasMatch, in paragraph: ScannedParagraph) -> (Int, Int) {
        let start = paragraph.tokens[match.start].start
        var end = paragraph.tokens[match.end - 1].end
        if match.pattern.endsWithPeriod, paragraph.endsWithPeriodAt(end) { end += 1 }
        return (start, end - start)
    }

    private func slice(_ text: String, _ offset: Int, _ length: Int) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: offset)
        let to = utf8.index(from, offsetBy: length)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    private func leaderYears(for date: String?) -> ClosedRange<Int> {
        if let date, date.count >= 4, let year = Int(date.prefix(4)) {
            return year...year
        }
        return (currentYear - undatedLookbackYears)...currentYear
    }
}

/// One alias found at tokens `start..<end` of a paragraph.
struct AliasMatch: Sendable {
    let pattern: AliasPattern
    let start: Int
    let end: Int
}

/// A paragraph's tokens, which of them an alias covers, and the aliases found.
struct ScannedParagraph {
    let tokens: [Token]
    let covered: [Bool]
    let matches: [AliasMatch]
    let endsWithPeriodAt: (Int) -> Bool
}
