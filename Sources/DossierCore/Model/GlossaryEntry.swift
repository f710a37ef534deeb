/// An endnote printed at the bottom of an article: the term it defines (when the
/// text names it) and the definition.
public struct GlossaryEntry: Codable, Sendable, Hashable {
    public var term: String?
    public var definition: String
    /// 1-based line of the first occurrence in the source.
    public var line: Int

    public init(term: String?, definition: String, line: Int) {
        self.term = term
        self.definition = definition
        self.line = line
    }

    enum CodingKeys: String, CodingKey { case term, definition, line }

    /// Encodes `term` as an explicit `null` when unknown.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(term, forKey: .term)
        try c.encode(definition, forKey: .definition)
        try c.encode(line, forKey: .line)
    }
}
