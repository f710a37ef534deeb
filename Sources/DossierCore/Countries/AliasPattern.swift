/// What an alias stands for.
enum AliasKind: String, Sendable {
    case name, demonym, capital, seat, body, leader, bloc, stop

    /// The mention kind a country alias produces; nil for blocs and stop phrases.
    var mentionKind: CountryMention.Kind? {
        switch self {
        case .name: .name
        case .demonym: .demonym
        case .capital: .capital
        case .seat: .seat
        case .body: .body
        case .leader: .leader
        case .bloc, .stop: nil
        }
    }
}

/// How a word of an alias must be capitalised in the text.
enum CaseRule: UInt8, Sendable {
    case any, capitalized, allCaps

    func accepts(_ shape: CaseShape) -> Bool {
        switch self {
        case .any: true
        case .capitalized: shape != .lower
        case .allCaps: shape == .allCaps
        }
    }
}

/// An alias compiled for matching: folded words, their case rules and the gaps between them.
struct AliasPattern: Sendable {
    let code: String
    let kind: AliasKind
    let words: [String]
    let caseRules: [CaseRule]
    /// Gap before each word after the first.
    let gaps: [TokenGap]
    /// `Russo-`: only counts directly before a hyphen.
    let needsHyphenAfter: Bool
    /// `U.S.`: the mention text takes the final period along.
    let endsWithPeriod: Bool
    let tenure: Tenure?
    /// Also a personal name (Jordan, Chad, Paris): not counted next to another name word.
    let isPersonProne: Bool
    /// Georgia: the country, or the US state when the context says so.
    let isStateOrCountry: Bool
    /// A US state: a place name right before ", <state>" is a US town (Paris, Texas).
    let isUSState: Bool
    /// "the mainland": China only when the quote is about China or Taiwan anyway.
    let needsChinaContext: Bool

    init?(_ record: GazetteerAliasRecord) {
        guard let kind = AliasKind(rawValue: record.kind) else { return nil }
        var text = record.text
        needsHyphenAfter = text.hasSuffix("-")
        if needsHyphenAfter { text.removeLast() }
        endsWithPeriod = text.hasSuffix(".")
        let tokens = Tokenizer.tokens(in: text)
        guard !tokens.isEmpty else { return nil }
        code = record.code
        self.kind = kind
        words = tokens.map(\.folded)
        gaps = tokens.dropFirst().map(\.gapBefore)
        caseRules = tokens.map { token in
            switch token.shape {
            case .lower: .any
            case .capitalized: .capitalized
            case .allCaps: .allCaps
            }
        }
        tenure = record.tenure.flatMap(Tenure.init)
        let flags = Set((record.flags ?? "").split(separator: ",").map(String.init))
        isPersonProne = flags.contains("person")
        isStateOrCountry = flags.contains("state-or-country")
        isUSState = flags.contains("us-state")
        needsChinaContext = flags.contains("china-context")
    }

    /// A leader named by one word: a surname that other people may carry too.
    var isBareSurname: Bool { kind == .leader && words.count == 1 }

    /// Whether the alias matches the tokens starting at `start`.
    func matches(_ tokens: [Token], at start: Int) -> Bool {
        let end = start + words.count
        guard end <= tokens.count else { return false }
        for k in 0..<words.count {
            let token = tokens[start + k]
            guard token.folded == words[k], caseRules[k].accepts(token.shape) else { return false }
            if k > 0, token.gapBefore != gaps[k - 1] { return false }
        }
        if needsHyphenAfter {
            guard end < tokens.count, tokens[end].gapBefore == .hyphen else { return false }
        }
        return true
    }
}
