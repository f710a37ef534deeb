/// News prose: an editorial sentence introduces the expert (`…, Name, a senior fellow at X, told
/// the outlet.`, `…, political analyst Name told the outlet.`), then “…” paragraphs, the last
/// ending in an attribution tail (`,” she said.` / `,” Kovalenko added.`). The label holds the
/// quote without the tail and without the comma the tail replaced. Credentials are the appositive
/// as printed (`a senior fellow at X`, or the bare `political analyst`).
enum ProseIntro {
    static let contexts = ["The talks have stalled", "Not everyone is convinced the ceasefire will last",
                           "The mood in the region has darkened in recent weeks", "Pressure on the government is growing"]

    static func render(_ ctx: inout RenderContext) {
        let content = ctx.content
        ctx.standardHead()
        let sections = ctx.rng.chance(0.4)
        var current = -1
        var heading: String?
        var seen: Set<Int> = []
        for answer in content.answers {
            if answer.section != current {
                current = answer.section
                if sections {
                    heading = content.sections[current].heading
                    ctx.label.section(content.sections[current].heading)
                    ctx.doc.block(content.sections[current].heading)
                }
            }
            let expert = content.experts[answer.expert]
            var credentials: String? = expert.prose
            if seen.insert(answer.expert).inserted {
                let context = ctx.rng.pick(contexts)
                switch ctx.rng.int(0...3) {
                case 0 where expert.roleLower.hasSuffix("analyst"):
                    credentials = expert.roleLower
                    ctx.doc.block(ctx.prose("\(context), \(expert.roleLower) \(expert.name) told \(content.outlet)."))
                case 0, 1:
                    ctx.doc.block(ctx.prose("\(context), \(expert.name), \(expert.prose), told \(content.outlet)."))
                case 2:
                    ctx.doc.block(ctx.prose("\(expert.name), \(expert.prose), said the coming months would be decisive:"))
                default:
                    ctx.doc.block(ctx.prose("According to \(expert.name), \(expert.prose), \(content.mainCountry) has run out of easy options."))
                }
            } else {
                credentials = nil
                ctx.doc.block(ctx.prose(ctx.rng.pick(["\(expert.surname) was more cautious.", "\(expert.surname) sees it differently.",
                                                      "\(expert.surname) also pointed to the economy."])))
            }
            var texts = answer.paragraphs.map { ctx.resolved($0.text) }
            let tail = ctx.rng.chance(0.8)
            var printed = texts
            if tail, let last = texts.last, last.hasSuffix(".") {
                texts[texts.count - 1] = String(last.dropLast())
                printed[printed.count - 1] = texts[texts.count - 1] + ","
            }
            ctx.label.quote(expert: expert.name, credentials: credentials, section: heading, paragraphs: texts,
                            countries: answer.paragraphs.reduce(into: Set<String>()) { $0.formUnion($1.countries) })
            var lines = ctx.marked(printed, ctx.variation.marks)
            if tail, !lines.isEmpty {
                lines[lines.count - 1] += ctx.rng.chance(0.6) ? " \(expert.pronoun) said." : " \(expert.surname) added."
            }
            ctx.emit(lines)
            ctx.furnitureBetween()
        }
        ctx.furnitureAfter()
    }
}
