/// One paragraph per expert: `Dr. Name, Title: “quote…”` (honorifics are printed, never part of
/// the name), sometimes after an editorial paragraph ending with a colon. No sections; the quote
/// is the expert's first answer on one line.
enum InlineColon {
    static func render(_ ctx: inout RenderContext) {
        ctx.standardHead()
        if ctx.rng.chance(0.5) {
            ctx.doc.block(ctx.prose("We asked experts what the latest moves mean for \(ctx.content.mainCountry). Here is what they said:"))
        }
        var seen: Set<Int> = []
        for answer in ctx.content.answers where seen.insert(answer.expert).inserted {
            let expert = ctx.content.experts[answer.expert]
            let credentials = expert.header(city: false)
            let text = answer.paragraphs.prefix(2).map { ctx.resolved($0.text) }.joined(separator: " ")
            let quote = ctx.quote(answer, credentials: credentials, section: nil, marks: ctx.variation.marks, paragraphs: [text])
            let honorific = expert.honorific.map { "\($0) " } ?? ""
            ctx.doc.block("\(honorific)\(expert.name), \(credentials): \(quote.joined(separator: " "))")
            ctx.furnitureBetween()
        }
        ctx.endnotes()
        ctx.furnitureAfter()
    }
}
