import Foundation

/// A signature printed after an expert's words: `—Name is a senior fellow at …`.
struct Signature: Equatable {
    var name: String
    var credentials: String
    /// Whether the line began with a dash (a strong signal on its own).
    var dashed: Bool

    static let verbs = [" is ", " was ", " serves as ", " has been ", " — ", " – "]

    static func parse(_ rawText: String) -> Signature? {
        // Cheap rejection first: every signature contains one of the verbs.
        guard rawText.utf8.count <= 800, verbs.contains(where: { rawText.nativeContains($0) }) else { return nil }
        var text = Substring(rawText.trimmingSpaces())
        var dashed = false
        while let first = text.first, "—–-".contains(first) { text = text.dropFirst(); dashed = true }
        text = text.drop { $0 == " " }
        guard text.wordCount(upTo: 70) <= 70 else { return nil }
        for verb in verbs {
            guard let range = text.nativeRange(of: verb) else { continue }
            let name = String(text[..<range.lowerBound])
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
                      credentials.nativeContains(" at ") || credentials.nativeContains(" of ") || credentials.nativeContains(" for ") else { return nil }
            }
            return Signature(name: name, credentials: credentials, dashed: dashed)
        }
        return nil
    }
}
