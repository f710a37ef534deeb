/// `Name | credentials` headers (a returning expert is the bare name), then the answer.
enum Pipe {
    static func render(_ ctx: inout RenderContext) {
        let numbered = ctx.rng.chance(0.4)
        if numbered { ctx.variation.notes.append("numbered question headings") }
        HeaderBeforeStyle(
            intro: { _, expert, first in
                let credentials = expert.header(city: false)
                return (first ? ["\(expert.name) | \(credentials)"] : [expert.name], credentials)
            },
            heading: { section, index in numbered ? "\(index + 1). \(section.question)" : section.heading }
        ).render(&ctx)
    }
}
