/// Russian roundup: `Имя Фамилия, регалии:` headers (a returning expert is `Имя Фамилия:`),
/// «…» quotes with the final period outside the closing mark, Russian furniture
/// ("Читайте также", a "Популярное" headline list after the last quote).
enum Cyrillic {
    static func render(_ ctx: inout RenderContext) {
        let colon = ctx.rng.chance(0.8)
        HeaderBeforeStyle(
            intro: { _, expert, first in
                let credentials = expert.header(city: false)
                return ([first ? "\(expert.name), \(credentials)\(colon ? ":" : "")" : "\(expert.name)\(colon ? ":" : "")"], credentials)
            },
            sections: ctx.rng.chance(0.6)
        ).render(&ctx)
    }
}
