/// Turns a country name written in a query (`azerbaijan`, `Türkiye`) into its
/// ISO 3166-1 alpha-2 code. Two-letter codes are accepted without a resolver.
public protocol CountryResolving: Sendable {
    /// The code for `name`, or nil when the name is unknown.
    func countryCode(forName name: String) -> String?
}

/// A resolver built from a closure, handy for tests and for wiring the gazetteer.
public struct ClosureCountryResolver: CountryResolving {
    private let resolve: @Sendable (String) -> String?

    public init(_ resolve: @escaping @Sendable (String) -> String?) {
        self.resolve = resolve
    }

    public func countryCode(forName name: String) -> String? {
        resolve(name)
    }
}
