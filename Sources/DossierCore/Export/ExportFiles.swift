import Foundation

/// The files an export writes, shared by `dossier export -o` and the browser's `s`: the
/// export itself and, for Markdown, its CSL-JSON bibliography beside it (`q.md` and
/// `q.csl.json`), so `pandoc --citeproc --bibliography q.csl.json q.md` works as is.
public enum ExportFiles {
    /// One file of an export: where it goes and what it holds.
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The files for `records` as `format` at `path` (the main file first).
    public static func files(for records: [QuoteRecord], format: ExportFormat, path: String, trailer: Bool = true) throws -> [File] {
        var files = [File(path: path, text: try QuoteRenderer.render(records, as: format, trailer: trailer))]
        if format == .markdown {
            files.append(File(path: bibliographyPath(for: path), text: try QuoteRenderer.render(records, as: .cslJSON)))
        }
        return files
    }

    /// `q.csl.json` for `q.md` (any other name gets `.csl.json` appended).
    public static func bibliographyPath(for path: String) -> String {
        (path.hasSuffix(".md") ? String(path.dropLast(3)) : path) + ".csl.json"
    }

    /// The first of `files` that already exists, if any.
    public static func firstExisting(_ files: [File]) -> String? {
        files.first { FileManager.default.fileExists(atPath: $0.path) }?.path
    }

    /// Writes every file atomically; without `force` nothing is written when one exists.
    public static func write(_ files: [File], force: Bool) throws {
        if !force, let existing = firstExisting(files) {
            throw DossierError("\(existing) already exists; use --force to overwrite it", code: .output)
        }
        for file in files { try AtomicFileWriter.write(file.text, to: file.path, force: force) }
    }
}
