/// A newsletter copy of another family: blank lines between all paragraphs, newsletter furniture,
/// and every line longer than 72 columns wrapped at spaces. The label is the base family's.
enum HardWrapped {
    static let bases: [LayoutFamily] = [.insider, .colonHeader, .pipe, .signatureAfter, .numberedQuestions, .symposium, .proseIntro, .inlineColon]

    static func render(_ ctx: inout RenderContext) -> LayoutFamily {
        let base = ctx.rng.pick(bases, or: .colonHeader)
        ctx.variation.blankGap = true
        ctx.variation.newsletter = true
        ctx.variation.furnitureBetween = false
        ctx.variation.marks = ctx.rng.pick(base.allowedMarks, or: .none)
        ctx.inner = RenderContext.innerMarks(for: ctx.variation.marks, language: ctx.content.language, &ctx.rng)
        ctx.variation.notes.append("newsletter copy of \(base.rawValue)")
        base.draw(&ctx)
        let wrapped = ctx.doc.lines.flatMap { wrap($0, width: 72) }
        ctx.doc = Doc()
        ctx.doc.lines(wrapped)
        return base
    }

    /// Greedy wrap at plain spaces (no-break spaces hold, as they should).
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
