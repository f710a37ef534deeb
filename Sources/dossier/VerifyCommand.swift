import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier verify FILE`: checks exported quotes against the library and their source files.
/// Exit codes: 0 identical, 1 changed, 2 not found, 3 could not check.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check exported quotes against the library and the source file named in each record.",
        discussion: """
            Each quote is compared with the library's copy (when the library holds its article) and with its \
            source file (when it can be read): its words and its attribution (speaker, credentials, article \
            title, publication, URL, date, section). md and txt exports are also checked against the quote and \
            attribution line they show, csl-json against the item's author, title, container-title, URL and issued. The library is skipped when --library and $DOSSIER_LIBRARY are \
            unset and the default library does not exist.
            Exit status: 0 identical, 1 changed, 2 not found (the worst over all quotes), \
            3 could not check (unreadable export, library or source).
            """
    )

    @OptionGroup var library: LibraryOptions

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
            let entries = try ExportReader.entries(in: String(decoding: data, as: UTF8.self), name: file)
            let stored = try openLibrary()
            for entry in entries {
                worst = max(worst, try check(entry, library: stored))
            }
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(error.message))\n".utf8))
            throw ExitCode(3)
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// The library to compare with: the one named by `--library` or `$DOSSIER_LIBRARY` (an error
    /// when missing), else the default one when it exists.
    private func openLibrary() throws -> Library? {
        let named = library.path.map { !$0.isEmpty } ?? false
            || !(ProcessInfo.processInfo.environment["DOSSIER_LIBRARY"] ?? "").isEmpty
        if !named && !FileManager.default.fileExists(atPath: LibraryLocation.path(option: nil)) { return nil }
        return try library.openForReading()
    }

    private func check(_ entry: ExportReader.Entry, library: Library?) throws -> Int32 {
        let record = entry.record
        let label = Terminal.sanitise("\(record.quote.id) (\(record.speaker.name))")
        // The file against its own record: the quote and the attribution it shows.
        var worst: Int32 = 0
        for result in [QuoteVerifier.checkDisplayed(entry), QuoteVerifier.checkAttribution(entry)].compactMap({ $0 }) {
            report(result.status, label, result.detail, in: file, diff: result.diff)
            worst = max(worst, result.status.exitCode)
        }
        let verdict = try library.map { try LibraryVerdict(record: record, library: $0) }
        // The library's own copy of the source, for when the file moved or the page changed.
        let kept = try library?.storedSource(fingerprint: record.article.fingerprint)
        if let path = try sourcePath(for: record, required: verdict?.status == nil && kept == nil),
           let data = FileManager.default.contents(atPath: path) {
            let text = try ArticleSource(data: data, name: path).spanText()
            let result = QuoteVerifier.checkSource(record, source: text)
            report(result.status, label, result.detail, in: path, diff: result.diff)
            worst = max(worst, result.status.exitCode)
            // Without the library's word on the attribution, the source file's is asked.
            if verdict?.status == nil, let article = try? ArticleImporter().importFile(atPath: path),
               let attribution = QuoteVerifier.checkAttribution(record, against: article) {
                report(attribution.status, label, attribution.detail, in: path, diff: nil)
                worst = max(worst, attribution.status.exitCode)
            }
        } else if let kept {
            let result = QuoteVerifier.checkSource(record, source: try kept.spanText())
            report(result.status.rawValue, label, result.detail, where: "in the library's copy of " + kept.name, diff: result.diff)
            worst = max(worst, result.status.exitCode)
        } else if let path = record.article.sourcePath ?? source {
            if verdict?.status == nil {
                throw DossierError("\(path): cannot read the source file of quote \(record.quote.id) in \(file)")
            }
            print("source not checked: \(label): cannot read \(Terminal.sanitise(path))")
        }
        if let library, let verdict {
            let status = verdict.status.map(\.rawValue) ?? "not in library"
            report(status, label, verdict.detail, where: "in the library " + library.path, diff: verdict.diff)
            if let attribution = verdict.attribution {
                report(attribution.status, label, attribution.detail, in: "the library " + library.path, diff: nil)
            }
        }
        return max(worst, verdict?.exitCode ?? 0)
    }

    private func report(_ status: VerifyResult.Status, _ label: String, _ detail: String, in path: String, diff: WordDiff?) {
        report(status.rawValue, label, detail, where: "in " + path, diff: diff)
    }

    /// One line `STATUS: ID (Name): DETAIL WHERE`, then the word diff when there is one.
    private func report(_ status: String, _ label: String, _ detail: String, where location: String, diff: WordDiff?) {
        print("\(status): \(label): \(detail) \(Terminal.sanitise(location))")
        if let diff { print("  " + diff.rendered()) }
    }

    /// `--source`, else the record's source path: absolute, relative to the working directory,
    /// or relative to the export file. A record without one is an error only when `required`.
    private func sourcePath(for record: QuoteRecord, required: Bool) throws -> String? {
        if let source { return source }
        guard let recorded = record.article.sourcePath else {
            if !required { return nil }
            throw DossierError("\(file): quote \(record.quote.id) names no source file; give --source")
        }
        if recorded.hasPrefix("/") || FileManager.default.fileExists(atPath: recorded) { return recorded }
        let besideExport = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(recorded).path
        return FileManager.default.fileExists(atPath: besideExport) ? besideExport : recorded
    }
}
