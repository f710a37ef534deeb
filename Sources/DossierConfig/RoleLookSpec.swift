import DossierUI

/// A word of a colour spec that is neither an attribute nor a colour.
public struct UnknownColorWord: Error, Equatable, Sendable {
    public var word: String
}

extension RoleLook {
    /// Reads `"bold yellow"`, `"black on cyan"`, `"underline"`, `""` (nothing):
    /// attributes, then at most a foreground, then `on` and a background.
    public init(spec: String) throws(UnknownColorWord) {
        self.init()
        var words = spec.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)[...]
        while let word = words.popFirst() {
            switch word {
            case "bold": bold = true
            case "dim": dim = true
            case "underline": underline = true
            case "reverse": reverse = true
            case "on":
                guard let next = words.popFirst(), let color = TerminalColor(rawValue: next) else {
                    throw UnknownColorWord(word: words.first ?? "on")
                }
                background = color
            default:
                guard foreground == nil, let color = TerminalColor(rawValue: word) else { throw UnknownColorWord(word: word) }
                foreground = color
            }
        }
    }

    /// The spec that reads back as this look.
    public var spec: String {
        var words: [String] = []
        if bold { words.append("bold") }
        if dim { words.append("dim") }
        if underline { words.append("underline") }
        if reverse { words.append("reverse") }
        if let foreground { words.append(foreground.rawValue) }
        if let background { words += ["on", background.rawValue] }
        return words.joined(separator: " ")
    }
}
