/// How strongly each feature speaks for each role (log-scale scores), and each role's
/// prior. This table is the importer's knowledge of the genre as data: set by hand from
/// `roundup-grammar.md`, checked against the fixtures and the generated layouts
/// (`dossier-bench variants`), and explained per paragraph by `dossier parse --explain`.
enum RoleWeights {
    /// Score of a role before any evidence.
    static let prior: [Role: Double] = [
        .furniture: -3, .heading: -3, .headline: -3, .editorial: 0, .proseIntro: -12, .intro: -8, .introWithQuote: -10,
        .credentials: -8, .quoteStart: 0, .quoteMore: 0, .quotePending: 0, .signature: -12, .footer: 0,
    ]

    static let table: [Feature: [Role: Double]] = [
        .lede: [.editorial: 20, .proseIntro: 21],
        .siteWords: [.furniture: 6, .heading: -3, .headline: -3, .editorial: -2, .quoteStart: -4, .quoteMore: -4],
        .opensFooter: [.footer: 11, .furniture: 2, .editorial: -2, .quoteStart: -6, .quoteMore: -7, .quotePending: -6, .heading: -2],
        .jumpListEntry: [.furniture: 10, .intro: -4, .heading: -3, .headline: -3],
        .jumpListHeadline: [.headline: 4, .heading: -2],
        .linkListRun: [.furniture: 3, .footer: 1, .heading: -2.5, .quoteMore: -2],
        .noteShape: [.editorial: 3, .quoteStart: -3, .quoteMore: -4, .quotePending: -3, .footer: 1],
        .repeatedText: [.editorial: 2, .quoteStart: -3, .quoteMore: -3, .quotePending: -3, .footer: 1],
        .notesHeading: [.heading: 6, .footer: -2],

        .firstNameKnown: [.intro: 1.5, .introWithQuote: 1, .signature: 1, .proseIntro: 1, .heading: -1.5, .headline: -1.5],
        .firstNameUnknown: [.intro: -1.5, .signature: -1, .proseIntro: -1.5, .heading: 0.5],
        .header: [.footer: -4, .intro: 13, .heading: -2, .editorial: -3, .quoteStart: -4, .quoteMore: -6, .quotePending: -4, .credentials: -4],
        .headerNameLast: [.intro: 9.5, .editorial: -1, .quoteMore: -3],
        .headerInlineQuote: [.introWithQuote: 15, .intro: -20, .editorial: -2, .quoteMore: -4],
        .headerInHeading: [.intro: 4, .heading: -4],
        .bareName: [.intro: 7.5, .heading: 1, .editorial: -3, .quoteStart: -5, .quoteMore: -6, .quotePending: -5, .furniture: 1],
        .knownName: [.intro: 3, .heading: -2, .furniture: -1],
        .strongName: [.intro: 3],
        .credentialsShape: [.credentials: 9, .heading: 0.5],
        .afterBareName: [.credentials: 3],
        .signatureDashed: [.signature: 18, .footer: -3],
        .signature: [.signature: 14, .editorial: 1, .footer: -4],
        .proseIntroduction: [.proseIntro: 16.5, .editorial: 1, .quoteMore: -2, .quoteStart: -1],

        .opensMark: [.footer: -1, .quoteStart: 2, .quoteMore: 1.5, .quotePending: 1, .editorial: -1.5, .heading: -3, .proseIntro: -3],
        .quotedPhraseOpening: [.editorial: 3, .quoteStart: -2.5, .quoteMore: -3, .quotePending: -2],
        .closesMark: [.quoteStart: 1, .quoteMore: 1, .quotePending: 0.5],
        .continuesOpenMark: [.quoteMore: 6, .quotePending: 6, .editorial: -3, .heading: -4, .intro: -4, .quoteStart: -1, .proseIntro: -3],
        .attributionTail: [.quoteStart: 2.5, .quoteMore: 2, .quotePending: -1, .editorial: -1.5, .proseIntro: -2],
        .firstPerson: [.quoteStart: 1, .quoteMore: 1, .quotePending: 1, .editorial: -1],
        .unmarkedInMarkedArticle: [.quoteMore: -5, .quoteStart: -0.5, .quotePending: -0.5],
        .plainInBlockquoteArticle: [.quoteMore: -5, .quoteStart: -3],
        .blockquote: [.quoteStart: 3, .quoteMore: 4, .quotePending: 2, .editorial: -3, .heading: -3],
        .dialogueQuestion: [.heading: 7, .quoteMore: -4, .quoteStart: -3, .editorial: -1],
        .dialogueAnswer: [.quoteStart: 8, .quoteMore: 2, .editorial: -2, .heading: -3],
        .editorialVoice: [.editorial: 2, .quoteStart: -1.5, .quoteMore: -1.5, .quotePending: -1.5],

        .headingShape: [.heading: 5, .headline: 5, .quoteMore: -3.5, .quoteStart: -1.5, .quotePending: -2, .editorial: -1, .furniture: 1],
        .question: [.heading: 2],
        .numbered: [.heading: 3],
        .markdownHeading: [.heading: 7, .headline: 3, .editorial: -4, .quoteStart: -4, .quoteMore: -5, .quotePending: -4],
        .longProse: [.heading: -6, .headline: -6, .intro: -4, .credentials: -6, .furniture: -4, .footer: -1],
        .shortLine: [.editorial: -1, .quoteStart: -1, .quoteMore: -1],
        .endsWithColon: [.editorial: 0.5, .intro: 1, .quoteMore: -1, .quoteStart: -1],
        .endsWithPeriod: [.heading: -4, .headline: -4, .intro: -3, .credentials: -2],
        .sameBlockAsPrevious: [.quoteMore: 1, .quotePending: 1, .credentials: 1],
        .listItem: [.furniture: 0.5],
    ]

    /// `table` as a dense matrix `[feature][role]`, and the prior as a vector.
    static let matrix: [[Double]] = Feature.allCases.map { feature in
        Role.allCases.map { table[feature]?[$0] ?? 0 }
    }
    static let priorVector: [Double] = Role.allCases.map { prior[$0] ?? 0 }
}
