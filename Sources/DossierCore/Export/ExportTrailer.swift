import Foundation

/// The machine-readable line that md and txt exports end with, so `verify`
/// can read the full record back: `<!-- dossier-quote: {json} -->` in Markdown
/// (invisible when rendered) and `dossier-quote: {json}` in plain text. The
/// JSON is one line with `<` and `>` escaped.
public enum ExportTrailer {
    public static let marker = "dossier-quote: "

    static func line(for record: QuoteRecord, format: ExportFormat) throws -> String {
        let json = try RecordJSON.compact(record)
        return format == .markdown ? "<!-- \(marker)\(json) -->" : marker + json
    }

    /// The JSON of every trailer line in `text`, in order, with the line's index.
    static func payloads(in text: String) -> [(line: Int, json: String)] {
        var found: [(Int, String)] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw.trimmingCharacters(in: .whitespacesAndNewlines))
            if line.hasPrefix("<!-- "), line.hasSuffix(" -->") {
                line = line.dropFirst(5).dropLast(4)
            }
            guard line.hasPrefix(marker) else { continue }
            found.append((index, String(line.dropFirst(marker.count))))
        }
        return found
    }
}
