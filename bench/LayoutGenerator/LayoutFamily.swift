/// A way real sites print an expert roundup; each renders `RoundupContent` into text plus a label.
public enum LayoutFamily: String, CaseIterable, Codable, Sendable {
    case insider, colonHeader, nameThenCredentialsLine, gluedName, pipe, inlineColon, signatureAfter
    case numberedQuestions, markdown, proseIntro, interview, symposium, cyrillic, hardWrapped

    var language: RoundupContent.Language { self == .cyrillic ? .ru : .en }

    /// Quote marks the family prints (repeats weigh the draw).
    var allowedMarks: [QuoteMarkStyle] {
        switch self {
        case .insider: return [.curly, .curly, .curly, .curly, .straight, .none]
        case .colonHeader: return [.none, .curly, .curlyReopen, .straight, .low]
        case .nameThenCredentialsLine, .numberedQuestions, .markdown: return [.none, .none, .curly]
        case .pipe: return [.curly, .none, .straight, .guillemets]
        case .inlineColon: return [.curly, .curly, .straight, .guillemets]
        case .proseIntro: return [.curly, .curly, .curlyReopen, .straight]
        case .cyrillic: return [.guillemets, .guillemets, .guillemets, .none, .low]
        case .gluedName, .signatureAfter, .interview, .symposium, .hardWrapped: return [.none]
        }
    }

    /// Possible values of `Variation.blankGap`.
    var gaps: [Bool] {
        switch self {
        case .insider: return [false]
        case .markdown, .symposium, .inlineColon: return [true]
        case .signatureAfter: return [true, true, true, false]
        default: return [true, false]
        }
    }

    var fileExtension: String { self == .markdown ? "md" : "txt" }

    /// Renders into the context (the hard-wrapped family wraps another family's rendering).
    func draw(_ ctx: inout RenderContext) {
        switch self {
        case .insider: Insider.render(&ctx)
        case .colonHeader: ColonHeader.render(&ctx)
        case .nameThenCredentialsLine: NameThenCredentials.render(&ctx)
        case .gluedName: GluedName.render(&ctx)
        case .pipe: Pipe.render(&ctx)
        case .inlineColon: InlineColon.render(&ctx)
        case .signatureAfter: SignatureAfter.render(&ctx)
        case .numberedQuestions: NumberedQuestions.render(&ctx)
        case .markdown: Markdown.render(&ctx)
        case .proseIntro: ProseIntro.render(&ctx)
        case .interview: Interview.render(&ctx)
        case .symposium: Symposium.render(&ctx)
        case .cyrillic: Cyrillic.render(&ctx)
        case .hardWrapped: _ = HardWrapped.render(&ctx)
        }
    }
}

/// Generates labelled articles: article `index` of a seed is always the same text and label.
public enum LayoutGenerator {
    /// The article at `index`, in `family` (default: families in turn, by index).
    public static func article(index: Int, seed: UInt64, family: LayoutFamily? = nil) -> RenderedArticle {
        let family = family ?? LayoutFamily.allCases[index % LayoutFamily.allCases.count]
        let articleSeed = LayoutRNG.mix(seed ^ LayoutRNG.mix(UInt64(index)))
        let content = ContentGenerator.make(seed: articleSeed, language: family.language)
        var rng = LayoutRNG(seed: articleSeed ^ 0x5DEE_CE66_D1CE_4E5B)
        var variation = Variation()
        variation.crlf = rng.chance(0.25)
        variation.blankGap = rng.pick(family.gaps, or: true)
        variation.marks = rng.pick(family.allowedMarks, or: .none)
        variation.noBreakSpaces = rng.chance(0.25)
        variation.zeroWidthSpaces = rng.chance(0.15)
        variation.furnitureTop = rng.chance(0.7)
        variation.furnitureBetween = rng.chance(0.4)
        variation.furnitureBottom = rng.chance(0.7)
        variation.endnotes = rng.chance(0.35)
        var ctx = RenderContext(content: content, rng: rng, variation: variation)
        family.draw(&ctx)
        let number = String(index)
        let padded = String(repeating: "0", count: max(0, 5 - number.count)) + number
        return ctx.finish(family: family, fileName: "\(family.rawValue)-\(padded).\(family.fileExtension)")
    }

    /// `count` articles spread over `families` in turn.
    public static func sample(count: Int, seed: UInt64, families: [LayoutFamily] = LayoutFamily.allCases) -> [RenderedArticle] {
        guard !families.isEmpty else { return [] }
        return (0..<count).map { article(index: $0, seed: seed, family: families[$0 % families.count]) }
    }
}
