/// The shared walk of the header-before-quote layouts: title and lede, then section by
/// section, an introduction (header lines) before every answer. Families differ in how they
/// print the header, the heading and the quote.
struct HeaderBeforeStyle {
    /// Header lines for an expert (first appearance or a returning one) and the credentials they print.
    var intro: (inout RenderContext, RoundupContent.Expert, _ first: Bool) -> (lines: [String], credentials: String?)
    /// Whether the headings are printed at all (when not, the label has no sections).
    var sections = true
    /// The heading's label text for a section.
    var heading: (RoundupContent.Section, Int) -> String = { section, _ in section.heading }
    /// How a heading line is printed.
    var printHeading: (inout RenderContext, String) -> Void = { ctx, heading in ctx.doc.block(heading) }
    /// Marks for one quote (a family may leave some quotes unmarked).
    var marks: (inout RenderContext) -> QuoteMarkStyle = { $0.variation.marks }
    /// Header and quote in one block of single-newline lines.
    var joined = false
    /// Prints the quote's lines (default: the article's paragraph gap).
    var printQuote: ((inout RenderContext, [String]) -> Void)?
    /// Title, lede and intro line.
    var head: (inout RenderContext) -> Void = { $0.standardHead() }
    /// Endnotes and furniture at the bottom.
    var tail: (inout RenderContext) -> Void = { ctx in ctx.endnotes(); ctx.furnitureAfter() }

    func render(_ ctx: inout RenderContext) {
        head(&ctx)
        var seen: Set<Int> = []
        var current = -1
        var heading: String?
        for answer in ctx.content.answers {
            if answer.section != current {
                current = answer.section
                let section = ctx.content.sections[current]
                if sections {
                    let text = self.heading(section, current)
                    heading = text
                    ctx.label.section(text)
                    printHeading(&ctx, text)
                }
                // Without printed headings, an editorial paragraph between two experts' unmarked
                // answers is indistinguishable from the answer above it, even to a reader: real
                // pages print a bridge there under a heading, so only the first section keeps its text.
                if sections || current == 0 {
                    for editorial in section.editorial { ctx.doc.block(ctx.prose(editorial)) }
                }
            } else {
                ctx.furnitureBetween()
            }
            let expert = ctx.content.experts[answer.expert]
            let (lines, credentials) = intro(&ctx, expert, seen.insert(answer.expert).inserted)
            let quoteMarks = marks(&ctx)
            let quote = ctx.quote(answer, credentials: credentials, section: heading, marks: quoteMarks)
            if joined {
                ctx.doc.block(lines + quote)
            } else {
                ctx.doc.block(lines)
                if let printQuote { printQuote(&ctx, quote) } else { ctx.emit(quote) }
            }
        }
        tail(&ctx)
    }
}

extension RenderContext {
    /// Furniture, title, furniture, lede paragraphs and (sometimes) the "we asked" line.
    mutating func standardHead(before: [String] = []) {
        furnitureBeforeTitle()
        for line in before { doc.block(line) }
        doc.block(content.title)
        title(content.title)
        furnitureAfterTitle()
        for paragraph in content.lede { doc.block(prose(paragraph)) }
        if rng.chance(0.5) { doc.block(prose(content.askedLine)) }
    }
}
