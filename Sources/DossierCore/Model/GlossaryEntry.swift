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
}
