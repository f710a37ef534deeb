import Foundation

/// Readable, ASCII-only names derived from an article and a speaker: the
/// citation key (`the-insider-2024-russia-pushes-azerbaijan`) and the default
/// export file name (`mikaelian-russia-pushes-azerbaijan.md`).
public enum ExportNaming {
    /// Lowercase ASCII words joined by `-`: transliterated to Latin, diacritics folded.
    public static func slugWords(_ text: String) -> [String] {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        let folded = latin.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2BC}" {
                continue // keep "Armenia's" as one word
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Pandoc citation key and CSL `id` for what one speaker said in an article: the speaker's
    /// last name (when given; the whole name with `fullName`, for an article quoting two people
    /// of that last name), publication, year and the title's first three words
    /// (`mikaelian-the-insider-2024-russia-pushes-azerbaijan`).
    public static func citationKey(speaker: String? = nil, fullName: Bool = false, publication: String?, issued: String?, title: String) -> String {
        let name = slugWords(speaker ?? "")
        var parts = Array(fullName ? name[...] : name.suffix(1)) + slugWords(publication ?? "")
        if let year = issued?.prefix(4), year.count == 4, year.allSatisfy(\.isNumber) { parts.append(String(year)) }
        parts += slugWords(title).prefix(3)
        return parts.isEmpty ? "article" : parts.joined(separator: "-")
    }

    /// Default file name: the speaker's last name and the title's first three words.
    public static func fileName(speaker: String, title: String, format: ExportFormat) -> String {
        let surname = slugWords(speaker).last.map { [$0] } ?? []
        let words = surname + slugWords(title).prefix(3)
        let stem = words.isEmpty ? "quote" : words.joined(separator: "-")
        return "\(stem).\(format.fileExtension)"
    }
}
