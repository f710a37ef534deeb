import Foundation

/// A signature printed after an expert's words: `—Name is a senior fellow at …`.
struct Signature: Equatable {
    var name: String
    var credentials: String
    /// Whether the line began with a dash (a strong signal on its own).
    var dashed: Bool

    static let verbs = [" is ", " was ", " serves as ", " has been ", " — ", " – "]

    static func parse(_ rawText: String) -> Signature? {
        guard rawText.utf8.count <= 800 else { return nil }
        var text = Substring(rawText.trimmingSpaces())
        var dashed = false
        while let first = text.first, "—–-".contains(first) { text = text.dropFirst(); dashed = true }
        text = text.drop { $0 == " " }
        // The name before the verb has at most five words, so only the text up to the end
        // of the fifth word (and the verb after it) can hold a useful verb: rejecting the
        // many paragraphs without one costs a short scan, not one per verb of the whole text.
        let head = text.throughWordStart(6, plusBytes: longestVerbBytes)
        guard verbs.contains(where: { head.nativeContains($0) }), text.wordCount(upTo: 70) <= 70 else {
            return dashed ? attributionLine(text) : nil
        }
        for verb in verbs {
            // A verb first found past the name zone has more than five words before it: no name.
            guard let range = head.nativeRange(of: verb) else { continue }
            let name = Names.withoutHonorifics(String(text[..<range.lowerBound]))
            guard Names.isName(name) else { continue }
            var credentials = String(text[range.upperBound...]).trimmingSpaces()
            if credentials.hasSuffix("."), !ExpertHeaderParser.abbreviations.contains(where: { credentials.hasSuffix($0) }) {
                credentials.removeLast()
            }
            guard !credentials.isEmpty else { return nil }
            if !dashed {
                // Without a dash, demand credentials that read like a job at an institution.
                let words = credentials.split(separator: " ")
                guard words.contains(where: { Names.isRoleWord($0) }),
                      credentials.nativeContains(" at ") || credentials.nativeContains(" of ") || credentials.nativeContains(" for ")
                        || credentials.nativeContains(", ") else { return nil }
            }
            return Signature(name: name, credentials: credentials, dashed: dashed)
        }
        return nil
    }

    /// `— Anna Lund, senior researcher at the Nordic Polar Institute` under a pull quote.
    static func attributionLine(_ text: Substring) -> Signature? {
        guard text.wordCount(upTo: 40) <= 40, !text.hasSuffix("?") else { return nil }
        var body = String(text)
        if body.hasSuffix("."), !ExpertHeaderParser.abbreviations.contains(where: { body.hasSuffix($0) }) { body.removeLast() }
        var consulted = false
        guard let header = ExpertHeaderParser().nameFirst(body, separators: [", ", " | ", " ("], consultedNames: &consulted),
              let credentials = header.credentials, ExpertHeaderParser.readsLikeCredentials(credentials) else {
            return nil
        }
        return Signature(name: header.name, credentials: credentials, dashed: true)
    }

    static let longestVerbBytes = verbs.map(\.utf8.count).max() ?? 0
}
