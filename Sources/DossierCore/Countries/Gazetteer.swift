import Foundation

/// The country gazetteer: every ISO 3166-1 country and territory (plus Kosovo), the blocs,
/// and the aliases the tagger matches (names, demonyms, capitals, seats, bodies, leaders).
/// `Gazetteer.bundled` is compiled into the binary from `Data/gazetteer/gazetteer.json`.
public struct Gazetteer: Sendable {
    public let countries: [GazetteerCountry]
    public let blocs: [GazetteerBloc]
    /// Aliases by their first folded word, longest first.
    let index: AliasIndex
    /// Aliases that start with "the", by their second folded word, longest first.
    let indexAfterThe: AliasIndex
    private let countriesByCode: [String: GazetteerCountry]
    private let blocsByCode: [String: GazetteerBloc]
    /// Folded alias text → code, for resolving what a user typed.
    private let codesByFoldedText: [String: String]

    /// The gazetteer compiled into the binary (empty only if the generated file is broken,
    /// which the test suite rules out).
    public static let bundled: Gazetteer = (try? Gazetteer(json: Data(GazetteerJSON.text.utf8)))
        ?? Gazetteer(file: GazetteerFile(version: 0, countries: [], blocs: [], aliases: []))

    /// Reads a gazetteer in the generated JSON format.
    public init(json: Data) throws {
        do {
            self.init(file: try JSONDecoder().decode(GazetteerFile.self, from: json))
        } catch {
            throw DossierError("gazetteer: not a valid gazetteer JSON file (\(error.localizedDescription))")
        }
    }

    init(file: GazetteerFile) {
        countries = file.countries
        blocs = file.blocs
        countriesByCode = Dictionary(file.countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        blocsByCode = Dictionary(file.blocs.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var index: [String: [AliasPattern]] = [:]
        var indexAfterThe: [String: [AliasPattern]] = [:]
        var codes: [String: String] = [:]
        for record in file.aliases {
            guard let pattern = AliasPattern(record) else { continue }
            if pattern.words.count > 1, pattern.words[0] == "the" {
                indexAfterThe[pattern.words[1], default: []].append(pattern)
            } else {
                index[pattern.words[0], default: []].append(pattern)
            }
            if pattern.kind != .stop, !pattern.needsHyphenAfter {
                let key = pattern.words.joined(separator: " ")
                if codes[key] == nil { codes[key] = pattern.code }
            }
        }
        for country in file.countries {
            for text in [country.name, country.official, country.ru].compactMap({ $0 }) {
                let key = Gazetteer.foldedKey(text)
                if codes[key] == nil { codes[key] = country.code }
            }
        }
        for bloc in file.blocs {
            let key = Gazetteer.foldedKey(bloc.name)
            if codes[key] == nil { codes[key] = bloc.code }
        }
        let longestFirst: (AliasPattern, AliasPattern) -> Bool = { $0.words.count > $1.words.count }
        self.index = AliasIndex(index.mapValues { $0.sorted(by: longestFirst) })
        self.indexAfterThe = AliasIndex(indexAfterThe.mapValues { $0.sorted(by: longestFirst) })
        codesByFoldedText = codes
    }

    /// The country with this code (case-insensitive), if the gazetteer has it.
    public func country(code: String) -> GazetteerCountry? {
        countriesByCode[code.uppercased()]
    }

    /// Display name for a country or bloc code: `name(for: "AZ")` is "Azerbaijan".
    public func name(for code: String) -> String? {
        countriesByCode[code.uppercased()]?.name ?? blocsByCode[code.uppercased()]?.name
    }

    /// Display name from the bundled gazetteer.
    public static func name(for code: String) -> String? {
        bundled.name(for: code)
    }

    /// Whether the code names a bloc or organisation rather than a country.
    public func isBloc(_ code: String) -> Bool {
        blocsByCode[code.uppercased()] != nil
    }

    /// Resolves what a user typed to a country or bloc code: `AZ`, `azerbaijan`,
    /// `Azerbaijani`, `Baku`, `Азербайджан` → `AZ`; `nato` → `NATO`. Nil when unknown.
    public func resolve(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let upper = trimmed.uppercased()
        if countriesByCode[upper] != nil || blocsByCode[upper] != nil { return upper }
        let key = Gazetteer.foldedKey(trimmed)
        if let code = codesByFoldedText[key] { return code }
        if key.hasPrefix("the "), let code = codesByFoldedText[String(key.dropFirst(4))] { return code }
        return codesByFoldedText["the " + key]
    }

    /// Resolves user text with the bundled gazetteer.
    public static func resolve(_ text: String) -> String? {
        bundled.resolve(text)
    }

    /// Folded words joined by single spaces: the key user text and aliases meet at.
    static func foldedKey(_ text: String) -> String {
        Tokenizer.tokens(in: text).map(\.folded).joined(separator: " ")
    }
}
