import Foundation

/// A person quoted in an article, with credentials exactly as the article printed them.
public struct Expert: Codable, Sendable, Hashable, Identifiable {
    /// Slug of the normalised name (`grant-mikaelian`); stable across articles.
    public var id: String
    public var name: String
    public var credentials: String?

    public init(id: String, name: String, credentials: String?) {
        self.id = id
        self.name = name
        self.credentials = credentials
    }

    public init(name: String, credentials: String?) {
        self.init(id: Expert.slug(for: name), name: name, credentials: credentials)
    }

    enum CodingKeys: String, CodingKey { case id, name, credentials }

    /// Encodes `credentials` as an explicit `null` when the article printed none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(credentials, forKey: .credentials)
    }

    /// A lowercase ASCII-ish slug of a name: diacritics folded, words joined by `-`.
    public static func slug(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "expert" : slug
    }
}
