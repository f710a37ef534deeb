/// The genre's grammar as transition scores between roles (log-scale; absent pairs are
/// impossible). A quote needs an introduction before it or a signature after it; an
/// introduction needs words after it; nothing but the footer follows the footer.
/// The numbers are data, set by hand from the genre notes and checked on the fixtures and
/// the generated layouts.
enum Grammar {
    static let impossible = -1.0e9

    /// Score of the first body paragraph having each role.
    static let start: [Role: Double] = [
        .furniture: 0, .heading: 0, .headline: 0, .editorial: 0, .proseIntro: 0, .intro: 0, .introWithQuote: 0, .quotePending: 0,
        .footer: -6,
    ]

    /// Score of the last body paragraph having each role (an introduction cannot end the article).
    static let end: [Role: Double] = [
        .furniture: 0, .heading: -3, .headline: -8, .editorial: 0, .proseIntro: -2, .intro: -8, .introWithQuote: 0, .credentials: -8,
        .quoteStart: 0, .quoteMore: 0, .signature: 0, .footer: 0,
    ]

    /// `transitions[from][to]`.
    static let transitions: [Role: [Role: Double]] = [
        .furniture: [.furniture: 0, .heading: 0, .headline: 0, .editorial: 0, .proseIntro: 0, .intro: 0, .introWithQuote: 0,
                     .quotePending: -0.5, .footer: -5],
        .headline: [.quotePending: 0],
        .heading: [.furniture: -0.5, .heading: -2, .headline: -1, .editorial: 0, .proseIntro: 0, .intro: 0, .introWithQuote: 0,
                   .quotePending: -1, .quoteStart: -7, .footer: -5],
        .editorial: [.furniture: 0, .heading: 0, .headline: 0, .editorial: 0, .proseIntro: 0, .intro: 0, .introWithQuote: 0,
                     .quotePending: -1, .footer: -5],
        .proseIntro: [.quoteStart: 1, .editorial: -1, .heading: -0.5, .intro: -1, .proseIntro: -0.5, .furniture: -1,
                      .introWithQuote: -1, .footer: -2],
        .intro: [.quoteStart: 0.5, .credentials: 0, .furniture: -2],
        .credentials: [.quoteStart: 0.5, .furniture: -2],
        .introWithQuote: [.quoteMore: 0.25, .furniture: 0, .heading: 0, .headline: 0, .editorial: -0.5, .proseIntro: 0, .intro: 0,
                          .introWithQuote: 0, .quotePending: -1, .footer: -5],
        .quoteStart: [.quoteMore: 0.25, .furniture: 0, .heading: 0, .headline: 0, .editorial: -0.5, .proseIntro: 0, .intro: 0,
                      .introWithQuote: 0, .quotePending: -1, .footer: -5],
        .quoteMore: [.quoteMore: 0.25, .furniture: 0, .heading: 0, .headline: 0, .editorial: -0.5, .proseIntro: 0, .intro: 0,
                     .introWithQuote: 0, .quotePending: -1, .footer: -5],
        .quotePending: [.quotePending: 0, .signature: 0],
        .signature: [.furniture: 0, .heading: 0, .headline: 0, .editorial: -0.5, .proseIntro: -0.5, .intro: -1, .introWithQuote: -1,
                     .quotePending: 0, .footer: -5],
        .footer: [.footer: 0],
    ]

    /// Extra score of a transition between two paragraphs of one block (no blank line between
    /// them): a block is usually one kind of text, so switching between the outlet's prose and
    /// an expert's words inside one costs something.
    static let withinBlock: [Role: [Role: Double]] = [
        .editorial: [.quoteMore: -2, .quotePending: -2, .quoteStart: -1],
        .quoteStart: [.editorial: -2],
        .quoteMore: [.editorial: -2],
        .quotePending: [.editorial: -2],
    ]

    static let withinBlockMatrix: [[Double]] = Role.allCases.map { from in
        Role.allCases.map { to in withinBlock[from]?[to] ?? 0 }
    }

    /// The transitions as a dense matrix indexed by `Role.rawValue`.
    static let matrix: [[Double]] = Role.allCases.map { from in
        Role.allCases.map { to in transitions[from]?[to] ?? impossible }
    }
}
