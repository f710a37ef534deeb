/// What adding one article to the library did.
public enum ImportOutcome: Sendable, Equatable {
    /// The article was new and is now stored.
    case added
    /// The same article from the same file was already stored.
    case unchanged
    /// The same article (same fingerprint) was already stored from another file.
    case duplicate(ofPath: String?)
}
