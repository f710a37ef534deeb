/// A one-expert interview: an intro naming the expert and credentials, then `- question` /
/// `- answer` turns (or `— ` dialogue dashes). Each question is a section (its text without the
/// dash); each answer is a quote in that section, its paragraphs without the dash. The answers
/// reuse the content's first answer under each section, spoken by the interviewee.
enum Interview {
    static func render(_ ctx: inout RenderContext) {
        let content = ctx.content
        let expert = content.experts[0]
        ctx.furnitureBeforeTitle()
        ctx.doc.block(content.title)
        ctx.title(content.title)
        ctx.furnitureAfterTitle()
        for paragraph in content.lede.prefix(1) { ctx.doc.block(ctx.prose(paragraph)) }
        ctx.doc.block(ctx.prose("\(content.outlet) spoke with \(expert.name), \(expert.prose), about what comes next."))
        let dash = ctx.rng.pick(["- ", "— ", "– "])
        for (index, section) in content.sections.enumerated() {
            guard let source = content.answers.first(where: { $0.section == index }) else { continue }
            ctx.label.section(section.question)
            ctx.doc.block(dash + section.question)
            var answer = source
            answer.expert = 0
            var lines = ctx.quote(answer, credentials: expert.prose, section: section.question, marks: .none)
            if !lines.isEmpty { lines[0] = dash + lines[0] }
            ctx.emit(lines)
        }
        ctx.furnitureAfter()
    }
}
