import DossierCore
import Foundation

/// Where `dossier export` puts its output: stdout, or files written atomically.
enum ExportOutput {
    /// Writes `records` as `format` to `output` (a file, or a directory for the default
    /// name) through `ExportFiles`, the path the browser's save shares (Markdown also gets
    /// its CSL-JSON bibliography alongside). Returns the paths written.
    static func write(_ records: [QuoteRecord], format: ExportFormat, to output: String, force: Bool, trailer: Bool) throws -> [String] {
        let path = try destination(output, records: records, format: format)
        let files = try ExportFiles.files(for: records, format: format, path: path, trailer: trailer)
        try ExportFiles.write(files, force: force)
        return files.map(\.path)
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
