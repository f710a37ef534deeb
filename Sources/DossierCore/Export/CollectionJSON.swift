/// A collection exported as JSON: its name and times, the full record of every quote still
/// in the library (in the collection's order) and the members that are gone. `dossier
/// verify` reads it like a JSON export of the same records.
public struct CollectionJSON: Codable, Sendable, Hashable {
    /// Identifies this layout; bumped when a field changes meaning.
    public static let currentSchema = "dossier-collection/1"

    public var schema: String
    public var name: String
    public var created: String
    public var updated: String
    public var quotes: [QuoteRecord]
    /// Members whose quote is no longer in the library, as `FINGERPRINT-NN`.
    public var missing: [String]

    public init(collection: QuoteCollection, records: [QuoteRecord], missing: [QuoteReference]) {
        schema = Self.currentSchema
        name = collection.name
        created = collection.created
        updated = collection.updated
        quotes = records
        self.missing = missing.map(\.description)
    }
}
