/// A quote id as a user types it (`dossier export`, `show`, `collection add`): 8 or more hex
/// digits of the article's fingerprint and the quote's ordinal (`9c941c53-07`,
/// `9c941c53d8712548-07`). Case is ignored; `9c941c53-7` is `9c941c53-07`.
public struct QuoteIDForm: Equatable, Sendable {
    /// The id the library stores: the first 8 hex digits, a dash, the two-digit ordinal.
    public var quoteID: String
    /// Lowercased hex digits the article's fingerprint must start with.
    public var fingerprintPrefix: String

    public init?(_ text: String) {
        let parts = text.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, (8...64).contains(parts[0].count), parts[0].allSatisfy(\.isHexDigit),
              parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let ordinal = Int(parts[1]), ordinal >= 1 else { return nil }
        let prefix = String(parts[0])
        fingerprintPrefix = prefix
        quoteID = "\(prefix.prefix(8))-\(ordinal < 10 ? "0" : "")\(ordinal)"
    }

    /// Whether `reference` is a quote this form names.
    public func matches(_ reference: QuoteReference) -> Bool {
        reference.quoteID.lowercased() == quoteID && reference.fingerprint.lowercased().hasPrefix(fingerprintPrefix)
    }
}
