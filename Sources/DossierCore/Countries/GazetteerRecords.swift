/// A country or territory of ISO 3166-1 (plus Kosovo, `XK`) as listed in the gazetteer.
public struct GazetteerCountry: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code (or `XK`).
    public var code: String
    /// Short English display name (`Russia`, `Türkiye`).
    public var name: String
    /// Official English name, when ISO gives one.
    public var official: String?
    /// Russian name, from the iso-codes gettext catalog.
    public var ru: String?
}

/// A bloc or organisation (EU, NATO, CSTO, the West): filterable, but never a country.
public struct GazetteerBloc: Codable, Sendable, Hashable {
    public var code: String
    public var name: String
}

/// One alias line of the generated gazetteer.
struct GazetteerAliasRecord: Codable, Sendable, Hashable {
    var text: String
    var code: String
    var kind: String
    var tenure: String?
    var flags: String?
}

/// The generated gazetteer file as a whole.
struct GazetteerFile: Codable, Sendable {
    var version: Int
    var countries: [GazetteerCountry]
    var blocs: [GazetteerBloc]
    var aliases: [GazetteerAliasRecord]
}
