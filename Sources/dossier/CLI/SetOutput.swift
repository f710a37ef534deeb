import DossierCore
import Foundation

/// Where `dossier expert --format md` and `dossier collection export` put a document over many
/// quotes: stdout, or a file written atomically (a directory gets `defaultName`). Markdown gets
/// one CSL-JSON bibliography for all its quotes: at `--bibliography PATH` when given, else beside
/// a Markdown file (`piece.md` → `piece.csl.json`, as `dossier export -o` does); the document's
/// YAML header names it, so `pandoc --citeproc piece.md` run in that folder finds it.
struct SetOutput {
    var format: ExportFormat
    var output: String?
    var bibliography: String?
    var force: Bool
    /// File name used when `output` is a directory (without extension).
    var defaultName: String

    /// Renders with `render` (given the bibliography name the document should point to), and
    /// writes it with the CSL-JSON of `records` when Markdown. Returns the paths written.
    @discardableResult
    func write(records: [QuoteRecord], render: (String?) throws -> String) throws -> [String] {
        let csl = format == .markdown ? try QuoteRenderer.render(records, as: .cslJSON) : nil
        guard let output else {
            let bibliographyFile = csl == nil ? nil : bibliography
            let text = try render(bibliographyFile)
            if let bibliographyFile, let csl {
                try ExportFiles.write([ExportFiles.File(path: bibliographyFile, text: csl)], force: force)
                note("wrote \(bibliographyFile)")
            } else if csl != nil {
                note("no bibliography written (give --bibliography FILE.csl.json, or -o FILE.md for one beside it)")
            }
            FileHandle.standardOutput.write(Data(text.utf8))
            return []
        }
        let path = destination(output)
        var files: [ExportFiles.File] = []
        if let csl {
            let bibliographyPath = bibliography ?? ExportFiles.bibliographyPath(for: path)
            files = [ExportFiles.File(path: path, text: try render(Self.reference(to: bibliographyPath, from: path))),
                     ExportFiles.File(path: bibliographyPath, text: csl)]
        } else {
            files = [ExportFiles.File(path: path, text: try render(nil))]
        }
        try ExportFiles.write(files, force: force)
        note("wrote \(files.map(\.path).joined(separator: " and "))")
        return files.map(\.path)
    }

    /// `output`, or `defaultName` with the format's extension inside it when it is a directory.
    private func destination(_ output: String) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue else { return output }
        return URL(fileURLWithPath: output).appendingPathComponent(defaultName + "." + format.fileExtension).path
    }

    /// The bibliography as the document names it: its file name when it sits beside the document.
    static func reference(to bibliography: String, from document: String) -> String {
        let bib = URL(fileURLWithPath: bibliography).standardizedFileURL, doc = URL(fileURLWithPath: document).standardizedFileURL
        return bib.deletingLastPathComponent() == doc.deletingLastPathComponent() ? bib.lastPathComponent : bibliography
    }

    private func note(_ text: String) {
        FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(text))\n".utf8))
    }
}
