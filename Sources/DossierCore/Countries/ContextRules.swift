/// The rules that decide whether an alias found in the text really names a state.
enum ContextRules {
    /// Codes that make "the mainland" mean China.
    static let chinaCodes: Set<String> = ["CN", "TW", "HK", "MO"]

    static func accepts(_ match: AliasMatch, in paragraph: ScannedParagraph, leaderYears: ClosedRange<Int>) -> Bool {
        let pattern = match.pattern
        let tokens = paragraph.tokens
        if let tenure = pattern.tenure, !tenure.overlaps(from: leaderYears.lowerBound, to: leaderYears.upperBound) {
            return false
        }
        if pattern.kind == .demonym, namesLanguage(tokens, after: match.end) || spokenLanguage(paragraph, match) { return false }
        if pattern.kind == .capital || pattern.kind == .seat, namesAgreement(tokens, match) || namesInstitution(tokens, match) { return false }
        if pattern.isBareSurname || pattern.isPersonProne, followsOtherName(paragraph, at: match.start) { return false }
        if pattern.isPersonProne, precedesOtherName(paragraph, at: match.end) { return false }
        if pattern.kind == .name || pattern.kind == .capital, namesUSTown(paragraph, match) { return false }
        return true
    }

    /// `Russian-language`, `Serbian speakers`, `русский язык`.
    static func namesLanguage(_ tokens: [Token], after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        let next = tokens[end]
        guard next.gapBefore == .space || next.gapBefore == .hyphen else { return false }
        return WordLists.languageWords.contains(next.folded) || next.folded.hasPrefix("язык")
    }

    /// `speaks Russian`, `published in Russian.`, `speaks Russian and Georgian`: the language, not the state.
    static func spokenLanguage(_ paragraph: ScannedParagraph, _ match: AliasMatch) -> Bool {
        let tokens = paragraph.tokens
        guard match.start > 0 else { return false }
        let gap = tokens[match.start].gapBefore
        let previous = tokens[match.start - 1].folded
        if gap == .space, WordLists.speakingWords.contains(previous) { return true }
        if gap == .space, previous == "in" {
            guard match.end < tokens.count else { return true }
            let after = tokens[match.end].gapBefore
            return after != .space && after != .hyphen && after != .apostrophe
        }
        // One of a list of languages: "Russian and Georgian", "Russian, Georgian".
        let listEnd = gap == .comma ? match.start : (gap == .space && (previous == "and" || previous == "or") ? match.start - 1 : -1)
        guard let earlier = paragraph.matches.last(where: { $0.end == listEnd && $0.start < match.start }),
              earlier.pattern.kind == .demonym else { return false }
        return spokenLanguage(paragraph, earlier)
    }

    /// `Moscow State University`, `Kyiv School of Economics`, `the Berlin Wall`.
    static func namesInstitution(_ tokens: [Token], _ match: AliasMatch) -> Bool {
        guard match.end < tokens.count else { return false }
        let next = tokens[match.end]
        guard next.gapBefore == .space else { return false }
        if WordLists.institutionWords.contains(next.folded) { return true }
        if next.folded == "state", match.end + 1 < tokens.count, tokens[match.end + 1].folded == "university" { return true }
        return false
    }

    /// `Minsk Group`, `Paris Agreement`, `Treaty of Moscow`, `Минские соглашения`.
    static func namesAgreement(_ tokens: [Token], _ match: AliasMatch) -> Bool {
        if match.end < tokens.count {
            let next = tokens[match.end]
            if next.gapBefore == .space || next.gapBefore == .hyphen {
                if WordLists.agreementWords.contains(next.folded) { return true }
                if WordLists.agreementStems.contains(where: { next.folded.hasPrefix($0) }) { return true }
            }
        }
        if match.start >= 2, tokens[match.start - 1].folded == "of",
           ["treaty", "peace", "congress"].contains(tokens[match.start - 2].folded) {
            return true
        }
        return false
    }

    /// `Paris, Texas`, `Lebanon, Pennsylvania`: a place right before ", <US state>".
    static func namesUSTown(_ paragraph: ScannedParagraph, _ match: AliasMatch) -> Bool {
        guard match.end < paragraph.tokens.count, paragraph.tokens[match.end].gapBefore == .comma else { return false }
        return paragraph.matches.contains { $0.start == match.end && $0.pattern.isUSState }
    }

    /// `Michael Jordan`, `Farid Aliyev`: a capitalised word that is not an opener, title or alias.
    static func followsOtherName(_ paragraph: ScannedParagraph, at start: Int) -> Bool {
        guard start > 0 else { return false }
        let tokens = paragraph.tokens
        guard tokens[start].gapBefore == .space else { return false }
        return isNameWord(tokens[start - 1], covered: paragraph.covered[start - 1])
    }

    /// `Jordan Whitfield`, `Paris Hilton`.
    static func precedesOtherName(_ paragraph: ScannedParagraph, at end: Int) -> Bool {
        let tokens = paragraph.tokens
        guard end < tokens.count, tokens[end].gapBefore == .space else { return false }
        return isNameWord(tokens[end], covered: paragraph.covered[end])
    }

    private static func isNameWord(_ token: Token, covered: Bool) -> Bool {
        token.shape != .lower && !covered
            && !WordLists.functionWords.contains(token.folded) && !WordLists.titles.contains(token.folded)
    }

    /// Whether the quote's other words say "Georgia" is the country (Tbilisi, Abkhazia, Georgian...).
    static func georgiaIsCountry(_ found: [(AliasPattern, String)], _ paragraphs: [ScannedParagraph]) -> Bool {
        if found.contains(where: { !$0.0.isStateOrCountry && $0.1 == "GE" }) { return true }
        return paragraphs.contains { $0.tokens.contains { WordLists.georgiaCountryMarkers.contains($0.folded) } }
    }

    /// `Kings Bay, Georgia`, `Atlanta, Georgia`, or US-state words elsewhere in the quote.
    static func looksLikeUSState(_ match: AliasMatch, in paragraph: ScannedParagraph, _ paragraphs: [ScannedParagraph]) -> Bool {
        let start = match.start
        if start > 0, paragraph.tokens[start].gapBefore == .comma,
           paragraph.tokens[start - 1].shape != .lower, !paragraph.covered[start - 1] {
            return true
        }
        return paragraphs.contains { $0.tokens.contains { WordLists.georgiaStateMarkers.contains($0.folded) } }
    }
}
