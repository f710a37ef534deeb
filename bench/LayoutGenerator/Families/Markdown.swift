/// Markdown: `# title`, `## section`, `**Name**` plus a credentials line (or `### Name, credentials`),
/// the answer as `>` paragraphs separated by bare `>` lines, a Notes list at the bottom.
enum Markdown {
    static func render(_ ctx: inout RenderContext) {
        let smallHeadings = ctx.rng.chance(0.4)
        if smallHeadings { ctx.variation.notes.append("### name headings") }
        HeaderBeforeStyle(
            intro: { _, expert, first in
                let credentials = expert.header(city: true)
                if smallHeadings { return (["### " + (first ? "\(expert.name), \(credentials)" : expert.name)], credentials) }
                return (first ? ["**\(expert.name)**", credentials] : ["**\(expert.name)**"], credentials)
            },
            printHeading: { ctx, heading in ctx.doc.block("## " + heading) },
            printQuote: { ctx, lines in
                var out: [String] = []
                for line in lines { if !out.isEmpty { out.append(">") }; out.append("> " + line) }
                ctx.doc.block(out)
            },
            head: { ctx in
                if ctx.variation.furnitureTop {
                    ctx.doc.block("[Home](/) › [\(ctx.rng.pick(["Europe", "World", "Analysis"]))](/section) › \(ctx.content.mainCountry)")
                }
                ctx.doc.block("# " + ctx.content.title)
                ctx.title(ctx.content.title)
                if ctx.variation.furnitureTop { ctx.doc.block("*\(ctx.content.outlet) · Roundup · \(ctx.rng.int(4...12)) min read*") }
                for paragraph in ctx.content.lede { ctx.doc.block(ctx.prose(paragraph)) }
                if ctx.rng.chance(0.5) { ctx.doc.block(ctx.prose(ctx.content.askedLine)) }
            },
            tail: { ctx in
                if ctx.variation.endnotes {
                    ctx.doc.block("---")
                    ctx.doc.block("**Notes**")
                    ctx.doc.block(ctx.content.glossary.map { "- **\($0.term)**: \($0.definition)" })
                }
                if ctx.variation.furnitureBottom {
                    ctx.doc.block("*Subscribe to the \(ctx.content.outlet) newsletter for more analysis.*")
                    ctx.doc.block("[Share on X](https://example.org/share) · [Share by email](mailto:?subject=roundup)")
                }
            }
        ).render(&ctx)
    }
}
