import DossierCore

/// `dossier parse --explain` as text: one paragraph a line (its lines, role and start),
/// then the evidence that counted for the role it got.
enum ExplanationOutline {
    static func render(_ explanation: ImportExplanation) -> String {
        var out = ""
        for paragraph in explanation.paragraphs {
            let lines = paragraph.startLine == paragraph.endLine ? "\(paragraph.startLine)" : "\(paragraph.startLine)–\(paragraph.endLine)"
            let role = paragraph.role.padding(toLength: 22, withPad: " ", startingAt: 0)
            out += "\(lines.padding(toLength: 8, withPad: " ", startingAt: 0)) \(role) \(snippet(paragraph.text))\n"
            let counted = paragraph.evidence.filter { $0.score != 0 }.sorted { abs($0.score) > abs($1.score) }
            if !counted.isEmpty {
                let list = counted.map { "\($0.feature) \($0.score > 0 ? "+" : "")\(format($0.score))" }.joined(separator: ", ")
                out += String(repeating: " ", count: 32) + list + "\n"
            }
        }
        if let refusal = explanation.refusal { out += "refused: \(refusal)\n" }
        return out
    }

    static func snippet(_ text: String) -> String {
        text.count <= 70 ? text : String(text.prefix(69)) + "…"
    }

    static func format(_ score: Double) -> String {
        score == score.rounded() ? String(Int(score)) : String(format: "%.1f", score)
    }
}
