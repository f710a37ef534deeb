import DossierCore
import Foundation

/// Carries out `Effect.export` through the export path `dossier export` uses: the record is
/// built against the source file as it is now, or the library's kept copy when the file is
/// gone (`SourceSnapshots`: no stale selectors), then
/// copied (quote and attribution only, `QuoteRenderer.clipboard`) or written with
/// `ExportFiles` (Markdown with its `.csl.json` bibliography), never replacing a file unasked.
/// The clock, environment, working directory and tools are injected for tests.
public struct ExportPerformer: Sendable {
    /// Today, for the accessed date of articles with no recorded import day.
    public var now: @Sendable () -> Date
    public var environment: [String: String]
    public var workingDirectory: String
    /// Runs clipboard tools (`wl-copy`, `xclip`, `xsel`); see `Clipboard.runTool`.
    public var runTool: @Sendable (String, [String], Data) -> Int32?
    /// Asks tmux for its options; see `Clipboard.askTmux`.
    public var askTmux: @Sendable ([String], [String: String]) -> String?

    public init(
        now: @escaping @Sendable () -> Date = { Date() },
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath,
        runTool: @escaping @Sendable (String, [String], Data) -> Int32? = Clipboard.runProcess,
        askTmux: @escaping @Sendable ([String], [String: String]) -> String? = Clipboard.runTmux
    ) {
        self.now = now
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.runTool = runTool
        self.askTmux = askTmux
    }

    /// Does the job; `writeToTerminal` sends the OSC 52 sequence to the terminal
    /// (false when it cannot).
    public func perform(_ job: ExportJob, data: any BrowserDataSource,
                        writeToTerminal: @escaping @Sendable (String) -> Bool) -> ExportOutcome {
        let id = job.others.isEmpty ? "quote " + job.target.quoteID : "\(job.targets.count) marked quotes"
        let sources = SourceSnapshots(kept: { data.storedSource(articleID: $0) })
        var records: [QuoteRecord] = []
        for target in job.targets {
            guard let article = data.article(id: target.articleID),
                  let quote = article.quotes.first(where: { $0.id == target.quoteID }) else {
                return .failed("Cannot export quote \(target.quoteID): its article is not available")
            }
            records.append(record(quote: quote, in: article, data: data, sources: sources))
        }
        let source = records.first?.article.sourcePath ?? ""
        let caveat = sources.warnings.first.map { " — " + (source.isEmpty ? $0 : $0.replacingOccurrences(of: source, with: shown(source))) } ?? ""
        switch job.destination {
        case .clipboard:
            let text: String
            do {
                text = try QuoteRenderer.clipboard(records, as: job.format)
            } catch {
                return .failed("Cannot copy \(id) as \(job.format.displayName): \(Self.message(error))")
            }
            let clipboard = Clipboard(environment: environment, writeToTerminal: writeToTerminal, runTool: runTool, askTmux: askTmux)
            return Self.copyOutcome(clipboard.copy(text), id: id, format: job.format)
        case .file(let typed, let overwrite):
            let path = resolve(typed, defaultName: defaultExportFileName(job.target, others: job.others, format: job.format))
            let files: [ExportFiles.File]
            do {
                files = try ExportFiles.files(for: records, format: job.format, path: path)
            } catch {
                return .failed("Cannot render \(id) as \(job.format.displayName): \(Self.message(error))")
            }
            if let problem = save(files, overwrite: overwrite) { return problem }
            let also = files.count > 1 ? " + .csl.json" : ""
            return .done("Saved \(id) as \(job.format.displayName) to \(shown(path))\(also)\(caveat)")
        }
    }

    /// The status line for a copy: confirmed only when a local tool took the text; OSC 52 is
    /// reported as sent (terminals never confirm it), with `s` as the sure way.
    static func copyOutcome(_ report: ClipboardReport, id: String, format: ExportFormat) -> ExportOutcome {
        let what = "\(id) as \(format.displayName)"
        if report.isConfirmed {
            let also = report.sent.map { "; also sent \($0)" } ?? ""
            return .done("Copied \(what) with \(report.confirmed.joined(separator: " and "))\(also)")
        }
        if let sent = report.sent {
            return .done("Sent \(id) via \(sent); unconfirmed, press s to save — your terminal may not support it")
        }
        let reasons = report.problems.isEmpty ? "no clipboard available" : report.problems.joined(separator: "; ")
        return .failed("Could not copy \(what), press s to save: \(reasons)")
    }

    private static func message(_ error: any Error) -> String {
        (error as? DossierError)?.message ?? "\(error)"
    }

    /// Writes the files atomically; nil when written, else why not (or that one exists).
    private func save(_ files: [ExportFiles.File], overwrite: Bool) -> ExportOutcome? {
        guard let path = files.first?.path else { return .failed("nothing to save") }
        let parent = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failed("cannot save: directory \(shown(parent)) does not exist")
        }
        if !overwrite, let existing = ExportFiles.firstExisting(files) { return .fileExists(path: existing) }
        do {
            try ExportFiles.write(files, force: overwrite)
            return nil
        } catch let error as DossierError {
            // Lost a race with another writer: ask, as if it had been there before.
            if !overwrite, let existing = ExportFiles.firstExisting(files) { return .fileExists(path: existing) }
            return .failed(files.reduce(error.message) { $0.replacingOccurrences(of: $1.path, with: shown($1.path)) })
        } catch {
            return .failed("cannot write \(shown(path)): \(error.localizedDescription)")
        }
    }

    /// The record, with an absolute source path (so `dossier verify` finds the
    /// file from anywhere) and the import day, or today, as the accessed date.
    /// Selectors are written only when the source file still holds the quote (`sources`
    /// says why not otherwise).
    func record(quote: Quote, in article: Article, data: any BrowserDataSource, sources: SourceSnapshots) -> QuoteRecord {
        var article = article
        article.metadata.sourcePath = article.metadata.sourcePath.map { resolve($0, defaultName: nil) }
        let accessed = data.importDay(articleID: article.fingerprint) ?? QuoteRecord.isoDay(now())
        return sources.record(article: article, quote: quote, accessed: accessed)
    }

    /// A path as the status line shows it: relative when under the working directory.
    func shown(_ path: String) -> String {
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// An absolute path: `~` expanded, relative paths under the working
    /// directory, and an existing directory given the default file name.
    func resolve(_ typed: String, defaultName: String?) -> String {
        var path = typed
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty {
            path = home + path.dropFirst()
        }
        if !path.hasPrefix("/") {
            path = (workingDirectory as NSString).appendingPathComponent(path)
        }
        path = (path as NSString).standardizingPath
        var isDirectory: ObjCBool = false
        if let defaultName, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path = (path as NSString).appendingPathComponent(defaultName)
        }
        return path
    }
}
