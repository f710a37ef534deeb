/// The shapes a quote can be exported in.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    /// Markdown blockquote with an attribution line and a Pandoc citation.
    case markdown = "md"
    /// Plain text in the same shape without Markdown.
    case text = "txt"
    /// The full `QuoteRecord`.
    case json
    /// A CSL-JSON array with the article as an item and the quotes in `custom`.
    case cslJSON = "csl-json"

    /// The formats a clipboard copy offers (`QuoteRenderer.clipboard`): JSON is the record and goes to files.
    public static let copyable: [ExportFormat] = [.markdown, .text, .cslJSON]

    /// File extension without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .text: "txt"
        case .json: "json"
        case .cslJSON: "csl.json"
        }
    }
}
