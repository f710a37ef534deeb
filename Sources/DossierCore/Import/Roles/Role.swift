/// What a paragraph is in an expert roundup. The decoder gives every body paragraph one
/// role; the attribution is read off the sequence of roles.
enum Role: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// Site chrome inside the body: captions, teasers, share lines, jump lists.
    case furniture
    /// A section: a topic line, a numbered or dialogue question, a per-expert headline.
    case heading
    /// A per-expert headline over words signed after them ("experts react"): not a section.
    case headline
    /// The outlet's own prose: lede text, bridges, text under a heading.
    case editorial
    /// Editorial prose that names the next speaker (`…, analyst Name told the outlet.`).
    case proseIntro
    /// A line that introduces the expert who speaks next (`Name, credentials`, `Name:`).
    case intro
    /// An introduction with the quote on the same line (`Name, Title: “…”`).
    case introWithQuote
    /// The credentials printed on the line under a bare name.
    case credentials
    /// The first paragraph of a quote whose speaker was introduced before it.
    case quoteStart
    /// A further paragraph of the same quote (or a new quote by the same speaker).
    case quoteMore
    /// A paragraph of words whose speaker is named only after them, by a signature.
    case quotePending
    /// `—Name is …`: the speaker of the paragraphs above.
    case signature
    /// Everything from the footer on: related links, author boxes, notes lists.
    case footer

    var description: String {
        switch self {
        case .furniture: "furniture"
        case .heading: "heading"
        case .headline: "headline"
        case .editorial: "editorial"
        case .proseIntro: "prose-intro"
        case .intro: "intro"
        case .introWithQuote: "intro+quote"
        case .credentials: "credentials"
        case .quoteStart: "quote"
        case .quoteMore: "quote+"
        case .quotePending: "quote-before-signature"
        case .signature: "signature"
        case .footer: "footer"
        }
    }

    /// Paragraphs that carry an expert's words.
    var isQuote: Bool { self == .quoteStart || self == .quoteMore || self == .quotePending || self == .introWithQuote }
}
