/// `1. Question?` headings; under each, every answer followed by its signature
/// `Name is credentials.` (credentials are the text after `is`).
enum NumberedQuestions {
    static func render(_ ctx: inout RenderContext) {
        ctx.standardHead()
        var current = -1
        var heading = ""
        for answer in ctx.content.answers {
            if answer.section != current {
                current = answer.section
                heading = "\(current + 1). \(ctx.content.sections[current].question)"
                ctx.label.section(heading)
                ctx.doc.block(heading)
            } else {
                ctx.furnitureBetween()
            }
            let expert = ctx.content.experts[answer.expert]
            ctx.emit(ctx.quote(answer, credentials: expert.prose, section: heading, marks: ctx.variation.marks))
            ctx.doc.block("\(expert.name) is \(expert.prose).")
        }
        ctx.endnotes()
        ctx.furnitureAfter()
    }
}
