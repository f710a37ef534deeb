/// `Name, credentials:` on its own line, then the answer; a returning expert is `Name:`.
enum ColonHeader {
    static func render(_ ctx: inout RenderContext) {
        let withCity = ctx.rng.chance(0.4)
        HeaderBeforeStyle(
            intro: { _, expert, first in
                let credentials = expert.header(city: withCity)
                return (first ? ["\(expert.name), \(credentials):"] : ["\(expert.name):"], credentials)
            },
            sections: ctx.rng.chance(0.8)
        ).render(&ctx)
    }
}
