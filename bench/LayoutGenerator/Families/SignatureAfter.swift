/// "Experts react": a jump list of `Name: headline` lines, then per expert the headline line,
/// the unmarked answer and a signature `—Name is credentials.` (credentials are the text after
/// `is`). Headlines are neither sections nor quote text; the label has no sections.
enum SignatureAfter {
    static func render(_ ctx: inout RenderContext) {
        let content = ctx.content
        ctx.furnitureBeforeTitle()
        ctx.doc.block(content.title)
        ctx.title(content.title)
        if ctx.variation.furnitureTop, !ctx.variation.newsletter { ctx.doc.block("By \(content.outlet) experts") }
        ctx.furnitureAfterTitle()
        for paragraph in content.lede { ctx.doc.block(ctx.prose(paragraph)) }
        ctx.doc.block(ctx.prose("Below, \(content.outlet) experts explain what the latest moves reveal and what comes next."))
        let order = content.answers.reduce(into: [Int]()) { if !$0.contains($1.expert) { $0.append($1.expert) } }
        if !ctx.variation.newsletter {
            ctx.doc.block(["Jump to an expert reaction:"] + order.map { "\(content.experts[$0].name): \(content.headlines[$0])" })
        }
        let dash = ctx.rng.pick(["—", "—", "— ", "– "])
        let dashed = ctx.rng.chance(0.8)
        if !dashed { ctx.variation.notes.append("signatures without dash") }
        for index in order {
            let expert = content.experts[index]
            ctx.doc.block(content.headlines[index])
            let paragraphs = Array(content.paragraphs(of: index).prefix(4))
            let answer = RoundupContent.Answer(section: 0, expert: index, paragraphs: paragraphs)
            ctx.emit(ctx.quote(answer, credentials: expert.prose, section: nil, marks: .none))
            ctx.doc.block("\(dashed ? dash : "")\(expert.name) is \(expert.prose).")
            ctx.furnitureBetween()
        }
        ctx.furnitureAfter()
    }
}
