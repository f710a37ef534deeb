import ArgumentParser
import DossierCore
import DossierTerminal
import DossierUI
import Foundation

/// `dossier browse FILE...`: opens articles in the terminal browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse articles in the terminal: sections, experts, quotes, search and filters.",
        discussion: "Needs a terminal of at least \(Layout.minimumWidth)×\(Layout.minimumHeight). Logs go to the file named by DOSSIER_LOG."
    )

    @Argument(help: "Article files to open (with no files: the articles in Data/articles).")
    var files: [String] = []

    func run() throws {
        let paths = files.isEmpty ? try BrowserLauncher.articleFiles(inDirectory: "Data/articles") : files
        try BrowserLauncher.launch(paths: paths, title: "Dossier")
    }
}

/// `dossier run-bundled DIR`: what `make run` uses to open the bundled articles.
struct RunBundledCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-bundled",
        abstract: "Open the browser on the articles in a directory.",
        shouldDisplay: false
    )

    @Argument(help: "Directory of article files.")
    var directory: String

    func run() throws {
        try BrowserLauncher.launch(paths: try BrowserLauncher.articleFiles(inDirectory: directory), title: "Dossier")
    }
}

/// Loads articles, checks the terminal, and runs the browser until it quits.
enum BrowserLauncher {
    static func launch(paths: [String], title: String) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            FileHandle.standardError.write(Data("dossier: the browser needs a terminal on stdin and stdout (use `dossier parse` or `dossier export` in scripts)\n".utf8))
            throw ExitCode(DossierError.Code.environment.rawValue)
        }
        let articles: [Article]
        do {
            articles = try paths.map(loadArticle)
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(error.message)\n".utf8))
            throw ExitCode(error.code.rawValue)
        }
        let environment = ProcessInfo.processInfo.environment
        let log = DebugLog(environment: environment)
        log.write("browse \(paths.count) file(s)")
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(environment: environment)
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(error.message)\n".utf8))
            throw ExitCode(error.code.rawValue)
        }
        let data = InMemoryDataSource(articles: articles, title: title)
        let state = AppState(data: data, width: backend.width, height: backend.height)
        BrowserRunLoop(state: state, backend: backend, log: log).run()
        backend.shutdown()
        if let signal = backend.receivedSignal { throw ExitCode(128 + signal) }
    }

    /// Article files in a directory (not sidecars), sorted by name.
    static func articleFiles(inDirectory directory: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            FileHandle.standardError.write(Data("dossier: \(directory): cannot read the directory\n".utf8))
            throw ExitCode(DossierError.Code.badInput.rawValue)
        }
        let articles = names.filter { name in
            !name.hasSuffix(".meta.json") && [".txt", ".md", ".html", ".json"].contains { name.hasSuffix($0) }
        }
        guard !articles.isEmpty else {
            FileHandle.standardError.write(Data("dossier: \(directory): no article files (.txt, .md, .html, .json)\n".utf8))
            throw ExitCode(DossierError.Code.badInput.rawValue)
        }
        return articles.sorted().map { (directory as NSString).appendingPathComponent($0) }
    }

    /// A JSON-encoded `Article`, or any other file through the importer (countries tagged).
    static func loadArticle(path: String) throws -> Article {
        guard path.hasSuffix(".json") else {
            return try ArticleImporter(tagger: CountryTagger()).importFile(atPath: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DossierError("\(path): cannot read the file")
        }
        do {
            return try JSONDecoder().decode(Article.self, from: data)
        } catch {
            throw DossierError("\(path): not an article JSON (\(error.localizedDescription))")
        }
    }
}
