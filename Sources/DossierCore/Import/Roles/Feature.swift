/// One piece of evidence about a paragraph. Each fires with a strength (usually 1) and
/// adds `RoleWeights.table[feature][role] × strength` to the score of each role.
enum Feature: Int, CaseIterable, Sendable {
    // Site structure
    case lede, siteWords, opensFooter, jumpListEntry, jumpListHeadline, noteShape, repeatedText, linkListRun, notesHeading
    // Who speaks
    case firstNameKnown, firstNameUnknown, header, headerNameLast, headerInlineQuote, headerInHeading, bareName, knownName, strongName
    case credentialsShape, afterBareName, signatureDashed, signature, proseIntroduction
    // Quotation
    case opensMark, quotedPhraseOpening, closesMark, continuesOpenMark, attributionTail, firstPerson, unmarkedInMarkedArticle
    case plainInBlockquoteArticle, blockquote, dialogueQuestion, dialogueAnswer, editorialVoice
    // Shape
    case headingShape, question, numbered, markdownHeading, longProse, shortLine, endsWithColon, endsWithPeriod
    case sameBlockAsPrevious, listItem

    /// The case name, for `--explain`.
    var name: String { String(describing: self) }
}

/// The evidence for one paragraph: the features that fired, and the parses the
/// attribution needs later (so each is computed once).
struct Evidence {
    var features: [(Feature, Double)] = []
    var header: ExpertHeader?
    var signature: Signature?
    var prose: ProseIntroduction?

    mutating func add(_ feature: Feature, _ strength: Double = 1) { features.append((feature, strength)) }

    func has(_ feature: Feature) -> Bool { features.contains { $0.0 == feature } }
}
