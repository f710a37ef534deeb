/// The name on one line and the credentials on the next, then the answer. Sometimes the whole
/// expert block is single-newline lines; sometimes a JSON-LD blob sits above the title.
enum NameThenCredentials {
    static func render(_ ctx: inout RenderContext) {
        let joined = ctx.rng.chance(0.35)
        let blob = ctx.rng.chance(0.4)
        if joined { ctx.variation.notes.append("name, credentials and answer joined by single newlines"); ctx.variation.blankGap = false }
        if blob { ctx.variation.notes.append("JSON-LD above the title") }
        let content = ctx.content
        let json = #"{"@context":"https://schema.org","@type":"NewsArticle","headline":"\#(content.title)","datePublished":"2026-03-02","author":{"@type":"Person","name":"\#(content.byline)"},"publisher":{"@type":"Organization","name":"\#(content.outlet)"}}"#
        HeaderBeforeStyle(
            intro: { _, expert, first in
                let credentials = expert.header(city: false)
                return (first ? [expert.name, credentials] : [expert.name], credentials)
            },
            sections: ctx.rng.chance(0.6),
            joined: joined,
            head: { $0.standardHead(before: blob ? [json] : []) }
        ).render(&ctx)
    }
}
