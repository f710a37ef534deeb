/// A quote named the way that survives `reparse` and re-imports: the article's whole
/// fingerprint and the quote's id in it. Written `FINGERPRINT-NN` (`b22ca693bf70c005-07`),
/// the long id form `dossier export` and `dossier show` accept.
public struct QuoteReference: Hashable, Codable, Sendable, CustomStringConvertible {
    public var fingerprint: String
    public var quoteID: String

    public init(fingerprint: String, quoteID: String) {
        self.fingerprint = fingerprint
        self.quoteID = quoteID
    }

    /// `b22ca693bf70c005-07`: the whole fingerprint and the quote's ordinal.
    public var description: String {
        let ordinal = quoteID.split(separator: "-").last.map(String.init) ?? quoteID
        return fingerprint + "-" + ordinal
    }
}

/// A named, ordered set of quotes a reader marked (a piece's quotes), as the library keeps it.
public struct QuoteCollection: Codable, Sendable, Hashable {
    public var name: String
    /// ISO 8601 (UTC) times of creation and of the last change.
    public var created: String
    public var updated: String
    /// In the order the reader put them; no reference twice.
    public var members: [QuoteReference]

    public init(name: String, created: String, updated: String, members: [QuoteReference]) {
        self.name = name
        self.created = created
        self.updated = updated
        self.members = members
    }

    /// `members` with `added` appended (those already there keep their place).
    public static func adding(_ added: [QuoteReference], to members: [QuoteReference]) -> [QuoteReference] {
        unique(members + added)
    }

    /// `members` without `removed`.
    public static func removing(_ removed: [QuoteReference], from members: [QuoteReference]) -> [QuoteReference] {
        let gone = Set(removed)
        return members.filter { !gone.contains($0) }
    }

    /// The first occurrence of each reference, in order.
    public static func unique(_ members: [QuoteReference]) -> [QuoteReference] {
        var seen: Set<QuoteReference> = []
        return members.filter { seen.insert($0).inserted }
    }

    /// Nil when `name` can name a collection, else the one-line reason it cannot:
    /// 1 to 100 characters, no control characters, not only spaces.
    public static func problem(withName name: String) -> String? {
        if name.allSatisfy(\.isWhitespace) { return "a collection name cannot be empty" }
        if name.count > 100 { return "a collection name has at most 100 characters" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "a collection name cannot hold control characters"
        }
        return nil
    }
}

/// A collection as listed: its name, times and member count.
public struct CollectionSummary: Codable, Sendable, Hashable {
    public var name: String
    public var created: String
    public var updated: String
    public var count: Int

    public init(name: String, created: String, updated: String, count: Int) {
        self.name = name
        self.created = created
        self.updated = updated
        self.count = count
    }
}
