import DossierCore
import Foundation

/// Carries out `Effect.export`: finds the quote's article, builds its
/// `QuoteRecord`, renders it with the export core, then copies it (OSC 52 plus
/// a local tool) or writes it atomically without replacing a file unasked.
/// The clock, environment and working directory are injected for tests.
public struct ExportPerformer: Sendable {
    /// Today, for the accessed date of articles with no recorded import day.
    public var now: @Sendable () -> Date
    public var environment: [String: String]
    public var workingDirectory: String
    /// Runs clipboard tools (`wl-copy`, `xclip`, `xsel`); see `Clipboard.runTool`.
    public var runTool: @Sendable (String, [String], Data) -> Int32?

    public init(
        now: @escaping @Sendable () -> Date = { Date() },
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath,
        runTool: @escaping @Sendable (String, [String], Data) -> Int32? = Clipboard.runProcess
    ) {
        self.now = now
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.runTool = runTool
    }

    /// Does the job; `writeToTerminal` sends the OSC 52 sequence to the terminal
    /// (false when it cannot).
    public func perform(_ job: ExportJob, data: any BrowserDataSource,
                        writeToTerminal: @escaping @Sendable (String) -> Bool) -> ExportOutcome {
        let id = job.target.quoteID
        guard let article = data.article(id: job.target.articleID),
              let quote = article.quotes.first(where: { $0.id == id }) else {
            return .failed("Cannot export quote \(id): its article is not available")
        }
        let text: String
        do {
            text = try QuoteRenderer.render([record(quote: quote, in: article, data: data)], as: job.format)
        } catch {
            return .failed("Cannot render quote \(id) as \(job.format.displayName): \(error)")
        }
        switch job.destination {
        case .clipboard:
            let clipboard = Clipboard(environment: environment, writeToTerminal: writeToTerminal, runTool: runTool)
            let report = clipboard.copy(text)
            guard report.succeeded else {
                return .failed("Could not copy quote \(id): " + (report.problems.isEmpty ? "no clipboard available" : report.problems.joined(separator: "; ")))
            }
            let methods = report.methods.map { $0.replacingOccurrences(of: " (tmux)", with: " via tmux") }
            return .done("Copied quote \(id) as \(job.format.displayName) (\(methods.joined(separator: " + ")))")
        case .file(let typed, let overwrite):
            let path = resolve(typed, defaultName: job.target.defaultFileName(job.format))
            if let problem = save(text, to: path, overwrite: overwrite) { return problem }
            return .done("Saved quote \(id) as \(job.format.displayName) to \(shown(path))")
        }
    }

    /// Writes atomically; nil when written, else why not (or that the file exists).
    private func save(_ text: String, to path: String, overwrite: Bool) -> ExportOutcome? {
        let parent = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failed("cannot save: directory \(shown(parent)) does not exist")
        }
        if !overwrite && FileManager.default.fileExists(atPath: path) { return .fileExists(path: path) }
        do {
            try AtomicFileWriter.write(text, to: path, force: overwrite)
            return nil
        } catch let error as DossierError {
            // Lost a race with another writer: ask, as if it had been there before.
            if !overwrite && FileManager.default.fileExists(atPath: path) { return .fileExists(path: path) }
            return .failed(error.message.replacingOccurrences(of: path, with: shown(path)))
        } catch {
            return .failed("cannot write \(shown(path)): \(error.localizedDescription)")
        }
    }

    /// The record, with an absolute source path (so `dossier verify` finds the
    /// file from anywhere) and the import day, or today, as the accessed date.
    func record(quote: Quote, in article: Article, data: any BrowserDataSource) -> QuoteRecord {
        var article = article
        let source = article.metadata.sourcePath.map { resolve($0, defaultName: nil) }
        article.metadata.sourcePath = source
        let accessed = data.importDay(articleID: article.fingerprint) ?? QuoteRecord.isoDay(now())
        return QuoteRecord(article: article, quote: quote, accessed: accessed,
                           source: source.flatMap { FileManager.default.contents(atPath: $0) })
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
