/// Insider-style news site: `Name, credentials (City)` header, a bare `Name` line when an
/// expert speaks again, the quote “…” over single-newline paragraphs (some quotes unmarked).
enum Insider {
    static func render(_ ctx: inout RenderContext) {
        HeaderBeforeStyle(
            intro: { _, expert, first in
                let credentials = expert.header(city: true)
                return (first ? ["\(expert.name), \(credentials)"] : [expert.name], credentials)
            },
            sections: ctx.rng.chance(0.85),
            marks: { ctx in ctx.rng.chance(0.15) ? .none : ctx.variation.marks }
        ).render(&ctx)
    }
}
