/// A titled part of an article (a heading or a numbered question) with the
/// editorial paragraphs printed under it before the first expert speaks.
public struct Section: Codable, Sendable, Hashable {
    public var heading: String
    public var editorial: [String]
    /// 1-based line of the heading in the source file.
    public var line: Int

    public init(heading: String, editorial: [String] = [], line: Int) {
        self.heading = heading
        self.editorial = editorial
        self.line = line
    }
}
