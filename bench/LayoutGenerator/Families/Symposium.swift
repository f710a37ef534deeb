/// Symposium essays: each opened by a `Name—credentials.` sentence (on its own line, or at the
/// start of the first paragraph), then the essay paragraphs. No sections; the opener sentence is
/// not quote text; credentials are the text after the dash without the final period.
enum Symposium {
    static func render(_ ctx: inout RenderContext) {
        ctx.standardHead()
        let inline = ctx.rng.chance(0.4)
        if inline { ctx.variation.notes.append("opener starts the first paragraph") }
        let order = ctx.content.answers.reduce(into: [Int]()) { if !$0.contains($1.expert) { $0.append($1.expert) } }
        for index in order {
            let expert = ctx.content.experts[index]
            let credentials = expert.roleLower + expert.rest
            let opener = "\(expert.name)—\(credentials)."
            let answer = RoundupContent.Answer(section: 0, expert: index, paragraphs: Array(ctx.content.paragraphs(of: index).prefix(5)))
            var lines = ctx.quote(answer, credentials: credentials, section: nil, marks: .none)
            if inline, !lines.isEmpty { lines[0] = opener + " " + lines[0] } else { ctx.doc.block(opener) }
            ctx.emit(lines, gap: true)
            ctx.furnitureBetween()
        }
        ctx.furnitureAfter()
    }
}
