/// An ISO 8601 calendar date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as CSL date
/// parts and as an English reading form (`4 March 2024`).
public struct CitationDate: Sendable, Hashable {
    /// Year, then month and day when known.
    public let parts: [Int]

    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Nil unless `iso` is a well-formed date with a valid month and day.
    public init?(iso: String) {
        let fields = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4 else { return nil }
        var parts: [Int] = []
        for field in fields {
            guard !field.isEmpty, field.allSatisfy(\.isASCII), let value = Int(field) else { return nil }
            parts.append(value)
        }
        if parts.count > 1, !(1...12).contains(parts[1]) { return nil }
        if parts.count > 2, !(1...31).contains(parts[2]) { return nil }
        self.parts = parts
    }

    /// `4 March 2024`, `March 2024` or `2024`.
    public var reading: String {
        var words: [String] = []
        if parts.count > 2 { words.append(String(parts[2])) }
        if parts.count > 1 { words.append(Self.months[parts[1] - 1]) }
        words.append(String(parts[0]))
        return words.joined(separator: " ")
    }

    /// Reading form of `iso`, or `iso` itself when it is not a date.
    public static func reading(_ iso: String) -> String {
        CitationDate(iso: iso)?.reading ?? iso
    }
}
