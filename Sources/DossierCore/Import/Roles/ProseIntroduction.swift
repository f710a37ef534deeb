/// An expert named in the outlet's prose rather than in a header line:
/// `…, political analyst Giorgi Beridze told the outlet.`,
/// `Nino Kapanadze, a researcher at the Caucasus Institute, was more cautious.`,
/// `We spoke to Selim Demir, a senior fellow at …, about …`,
/// `…, — считает политолог Иван Петров.`
struct ProseIntroduction: Equatable {
    var name: String
    var credentials: String?

    /// Verbs and phrases that put a named person's words next (English and Russian).
    static let speechWords: Set<String> = [
        "told", "said", "says", "explained", "explains", "believes", "argued", "argues", "noted", "notes", "warned",
        "warns", "added", "adds", "thinks", "suggested", "suggests", "stressed", "spoke", "speaks", "according",
        "cautioned", "cautions", "predicted", "predicts", "insisted", "insists", "wrote", "writes", "commented",
        "sees", "agreed", "agrees", "disagreed", "disagrees", "put", "pointed", "talked",
        "сказал", "сказала", "считает", "отметил", "отметила", "заявил", "заявила", "рассказал", "рассказала",
        "пояснил", "пояснила", "уверен", "уверена", "полагает", "добавил", "добавила", "говорит", "подчеркнул",
        "подчеркнула", "убежден", "убеждена", "признал", "признала", "прокомментировал", "прокомментировала",
    ]

    /// The speech verbs and role words in one set: a paragraph without any introduces no one.
    private static let gateWords = speechWords.union(Names.roleWords)

    /// Finds the first person introduced in the paragraph, or nil. The paragraph must not
    /// be the person's own words (it does not open with a quotation mark).
    /// `words`, when given, is the text's `wordCount(upTo:)` with a limit of 70 or more.
    static func find(in text: String, words: Int? = nil) -> ProseIntroduction? {
        guard let first = text.first, !QuoteMarks.isOpener(first), text.utf8.count <= 1200 else { return nil }
        // The word count the tokens will have, known before splitting (most paragraphs fail it).
        guard (4...70).contains(words ?? text.wordCount(upTo: 70)) else { return nil }
        let tokens = text.spaceSeparatedWords()
        // An introduction is a sentence or two; long paragraphs are the expert's or the outlet's text.
        guard tokens.count >= 4, tokens.count <= 70 else { return nil }
        // The same tokens lowercased (lowercasing keeps the spaces), without edge punctuation:
        // built when the first name run needs them; without a speech verb or role word
        // anywhere the paragraph introduces no one.
        var lowered: [String]?
        func loweredTokens() -> [String]? {
            if let lowered { return lowered }
            let words = text.fastLowercased().spaceSeparatedWords().map(bareWord)
            guard words.count == tokens.count, words.contains(where: { gateWords.contains($0) }) else { return nil }
            lowered = words
            return words
        }
        // A name with an appositive or role words beats one that is only next to a verb
        // (`Meridian Review spoke with Jan de Vries, a political analyst at …`).
        var weak: ProseIntroduction?
        var start = 0
        while start < tokens.count {
            guard mayStartName(tokens[start]), Names.isNameWord(strip(tokens[start])) else { start += 1; continue }
            // The longest run of 2–4 name words (particles inside) starting here.
            var end = start + 1
            while end < tokens.count, end - start < 5, Names.isNameWord(strip(tokens[end])) || Names.isParticle(tokens[end]) {
                if tokens[end - 1].last.map({ ",.:;".contains($0) }) ?? false, !Names.isInitial(tokens[end - 1]) { break }
                end += 1
            }
            let run = tokens[start..<end].map(strip)
            if run.count >= 2, Names.isName(run) {
                guard let lowered = loweredTokens() else { return nil }
                guard let found = introduction(tokens, lowered, run: start..<end) else { start = end; continue }
                if found.credentials != nil { return found }
                weak = weak ?? found
            }
            start = end
        }
        return weak
    }

    /// `Name Surname` at `run` reads as an introduction when role words stand right before
    /// it, an appositive with a role follows it, or a speech verb is within three words.
    private static func introduction(_ tokens: [Substring], _ lowered: [String], run: Range<Int>) -> ProseIntroduction? {
        let name = tokens[run].map(strip).joined(separator: " ")
        let lastToken = tokens[run.upperBound - 1]
        // An appositive: `Name, a senior fellow at X, said` / `Name, director of Y.`
        if lastToken.hasSuffix(","), run.upperBound < tokens.count {
            // The appositive ends at the next punctuation, within sixteen words.
            var end = run.upperBound
            var closed = false
            while end < tokens.count, end - run.upperBound < 24, !closed {
                closed = [",", ".", ":", ";"].contains { tokens[end].hasSuffix($0) }
                end += 1
            }
            // The sentence must go on after the appositive (`…, was more cautious.`):
            // `Name, President of Armenia from 1998–2008.` is a note, not an introduction;
            // or it ends the sentence after other words and the name starts with a known first
            // name (`Иначе смотрит на ситуацию Анна Смирнова, ведущий научный сотрудник …`).
            let goesOn = closed && (end < tokens.count && tokens[end - 1].hasSuffix(",")
                || run.lowerBound > 0 && end - run.upperBound <= 12 && NameLexicon.isFirstName(strip(tokens[run.lowerBound])))
            var words = tokens[run.upperBound..<end].map(String.init)
            if let last = words.last { words[words.count - 1] = String(last.dropLast()) }
            let credentials = words.joined(separator: " ")
            if goesOn, !words.isEmpty, ExpertHeaderParser.readsLikeCredentials(credentials), words.contains(where: { Names.isRoleWord(Substring($0)) }) {
                return ProseIntroduction(name: name, credentials: credentials)
            }
        }
        // Role words right before: `political analyst Giorgi Beridze told`.
        var roleStart = run.lowerBound
        while roleStart > 0, run.lowerBound - roleStart < 8, Names.isRoleWord(tokens[roleStart - 1]) || isRoleFiller(lowered[roleStart - 1]) && roleStart - 1 > 0 && Names.isRoleWord(tokens[roleStart - 2]) {
            roleStart -= 1
            if tokens[roleStart].hasSuffix(",") { roleStart += 1; break }
        }
        while roleStart < run.lowerBound, isRoleFiller(lowered[roleStart]) { roleStart += 1 }
        let speechNear = (run.upperBound..<min(tokens.count, run.upperBound + 3)).contains { speechWords.contains(lowered[$0]) }
            || (max(0, run.lowerBound - 2)..<run.lowerBound).contains { speechWords.contains(lowered[$0]) }
        let firstName = tokens[run].first.map { NameLexicon.isFirstName(strip($0)) } ?? false
        if roleStart < run.lowerBound, firstName, speechNear || lastToken.hasSuffix(".") || lastToken.hasSuffix(":") || lastToken.hasSuffix(",") {
            return ProseIntroduction(name: name, credentials: tokens[roleStart..<run.lowerBound].joined(separator: " "))
        }
        // Next to a verb alone, the name must start with a known first name: `Meridian Review
        // spoke with …` and `Foreign Office said …` name no one.
        if speechNear, firstName {
            return ProseIntroduction(name: name, credentials: nil)
        }
        return nil
    }

    private static let edgePunctuation: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "[", "]", "“", "”", "\"", "«", "»", "'", "‘", "’", ".", "!", "?", "—", "–"]

    /// A lowercased token without punctuation at its edges.
    static func bareWord(_ token: Substring) -> String {
        let scalars = token.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, edgePunctuation.contains(scalars[start]) { start = scalars.index(after: start) }
        while start < end, case let before = scalars.index(before: end), edgePunctuation.contains(scalars[before]) { end = before }
        return String(token[start..<end])
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isRoleFiller(_ word: String) -> Bool { ["of", "at", "and", "the", "for", "in"].contains(word) }

    /// A token without edge punctuation and a possessive (`Beridze,` → `Beridze`).
    static func strip(_ token: Substring) -> Substring {
        // A Character that begins or ends with an ASCII letter or digit is none of the marks.
        if let first = token.utf8.first, let last = token.utf8.last, isASCIIAlphanumeric(first), isASCIIAlphanumeric(last) {
            return token
        }
        var token = token
        while let last = lastASCIICharacter(token) ?? token.last, ",.:;!?)”»\"".contains(last), !Names.isInitial(token) { token = token.dropLast() }
        while let first = token.first, "(“«\"".contains(first) { token = token.dropFirst() }
        return token
    }

    /// False when the first byte already rules out a name word, before `strip` walks the token:
    /// an ASCII byte that `strip` keeps (anything but `(` and `"`) and no name word starts with.
    /// Most words of a paragraph are such, and stripping each was a fifth of finding introductions.
    private static func mayStartName(_ token: Substring) -> Bool {
        guard let first = token.utf8.first, first < 0x80 else { return true }
        return first == UInt8(ascii: "(") || first == UInt8(ascii: "\"") || Names.mayStartNameWord(first)
    }

    /// The token's last Character when it is a lone ASCII byte after another ASCII byte (or alone),
    /// read without a grapheme walk; nil otherwise.
    private static func lastASCIICharacter(_ token: Substring) -> Character? {
        let bytes = token.utf8
        guard let last = bytes.last, last < 0x80, last != 0x0A else { return nil }
        let count = bytes.count
        guard count == 1 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] < 0x80 else { return nil }
        return Character(Unicode.Scalar(last))
    }
}

/// The speaker an attribution tail names: `,” Beridze added.` → `Beridze`;
/// `,” said Anna Smith, a professor at X.` → `Anna Smith` with credentials.
enum TailSpeaker {
    static let pronouns: Set<String> = ["he", "she", "they", "он", "она"]

    /// The name printed in a tail (one or more capitalised words next to the verb), or nil
    /// when the tail uses a pronoun or names nobody.
    static func find(in tail: Substring) -> ProseIntroduction? {
        let tokens = tail.spaceSeparatedWords().map(ProseIntroduction.strip).filter { !$0.isEmpty }
        guard let verb = tokens.firstIndex(where: { AttributionTail.verbs.contains(Names.bare($0)) }) else { return nil }
        // Before the verb: `Beridze added`, `Anna Smith said`.
        let before = tokens[..<verb].drop { !Names.isNameWord($0) }
        if !before.isEmpty, before.count <= 4, before.allSatisfy({ Names.isNameWord($0) || Names.isParticle($0) }) {
            return ProseIntroduction(name: before.joined(separator: " "), credentials: nil)
        }
        // After the verb: `said Anna Smith, a professor at X`.
        var after: [Substring] = []
        for token in tokens[(verb + 1)...] {
            guard Names.isNameWord(token) || !after.isEmpty && Names.isParticle(token) else { break }
            after.append(token)
            if after.count == 4 { break }
        }
        guard !after.isEmpty else { return nil }
        let name = after.joined(separator: " ")
        let full = String(tail)
        var credentials: String?
        if let comma = full.nativeRange(of: name + ", ") {
            var rest = String(full[comma.upperBound...]).trimmingSpaces()
            while let last = rest.last, ".”»\"".contains(last) { rest.removeLast() }
            credentials = rest.isEmpty ? nil : rest
        }
        return ProseIntroduction(name: name, credentials: credentials)
    }
}
