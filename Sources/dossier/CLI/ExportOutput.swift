import DossierCore
import Foundation

/// Where `dossier export` puts its output: stdout, or files written atomically.
enum ExportOutput {
    /// Writes `records` as `format` to `output` (a file, or a directory for the
    /// default name); Markdown also gets its CSL-JSON bibliography alongside.
    /// Returns the paths written.
    static func write(_ records: [QuoteRecord], format: ExportFormat, to output: String, force: Bool, trailer: Bool) throws -> [String] {
        let path = try destination(output, records: records, format: format)
        var written: [(String, String)] = [(path, try QuoteRenderer.render(records, as: format, trailer: trailer))]
        if format == .markdown {
            let stem = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
            written.append((stem + ".csl.json", try QuoteRenderer.render(records, as: .cslJSON)))
        }
        if !force, let existing = written.first(where: { FileManager.default.fileExists(atPath: $0.0) }) {
            throw DossierError("\(existing.0) already exists; use --force to overwrite it", code: .output)
        }
        for (file, text) in written { try AtomicFileWriter.write(text, to: file, force: force) }
        return written.map(\.0)
    }

    private static func destination(_ output: String, records: [QuoteRecord], format: ExportFormat) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue else {
            return output
        }
        guard let first = records.first else { throw DossierError("nothing to export", code: .notFound) }
        let name = ExportNaming.fileName(speaker: first.speaker.name, title: first.article.title, format: format)
        return URL(fileURLWithPath: output).appendingPathComponent(name).path
    }
}
