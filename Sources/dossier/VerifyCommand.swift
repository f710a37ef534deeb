import ArgumentParser
import DossierCore
import Foundation

/// `dossier verify FILE`: checks exported quotes against their source files.
/// Exit codes: 0 identical, 1 changed, 2 not found, 3 could not check.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check exported quotes against the source file named in each record.",
        discussion: "Exit status: 0 identical, 1 changed, 2 not found, 3 could not check (unreadable export or source)."
    )

    @Argument(help: "An export: json, csl-json, or md/txt with its dossier-quote line.")
    var file: String

    @Option(help: "Check against this source file instead of the one the record names.")
    var source: String?

    func run() throws {
        var worst: Int32 = 0
        do {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw DossierError("\(file): cannot read the export file")
            }
            for entry in try ExportReader.entries(in: String(decoding: data, as: UTF8.self), name: file) {
                worst = max(worst, try check(entry))
            }
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(error.message))\n".utf8))
            throw ExitCode(3)
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    private func check(_ entry: ExportReader.Entry) throws -> Int32 {
        let record = entry.record
        let label = Terminal.sanitise("\(record.quote.id) (\(record.speaker.name))")
        if let displayed = QuoteVerifier.checkDisplayed(entry) {
            report(displayed, label: label, in: file)
            return displayed.status.exitCode
        }
        let path = try sourcePath(for: record)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DossierError("\(path): cannot read the source file of quote \(record.quote.id) in \(file)")
        }
        let result = QuoteVerifier.checkSource(record, source: data)
        report(result, label: label, in: path)
        return result.status.exitCode
    }

    private func report(_ result: VerifyResult, label: String, in path: String) {
        print("\(result.status.rawValue): \(label): \(result.detail) in \(Terminal.sanitise(path))")
        if let diff = result.diff { print("  " + diff.rendered()) }
    }

    /// `--source`, else the record's source path: absolute, relative to the
    /// working directory, or relative to the export file.
    private func sourcePath(for record: QuoteRecord) throws -> String {
        if let source { return source }
        guard let recorded = record.article.sourcePath else {
            throw DossierError("\(file): quote \(record.quote.id) names no source file; give --source")
        }
        if recorded.hasPrefix("/") || FileManager.default.fileExists(atPath: recorded) { return recorded }
        let besideExport = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(recorded).path
        return FileManager.default.fileExists(atPath: besideExport) ? besideExport : recorded
    }
}
