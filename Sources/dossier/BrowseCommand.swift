import ArgumentParser
import DossierApp
import DossierConfig
import DossierCore
import DossierLibrary
import DossierTerminal
import DossierUI
import Foundation

/// `dossier` / `dossier browse [FILE...]`: the terminal browser, on the library or on files.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the library (or the given article files) in the terminal: sections, experts, quotes, search and filters.",
        discussion: "Needs a terminal of at least \(Layout.minimumWidth)×\(Layout.minimumHeight). Logs go to the file named by DOSSIER_LOG."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "Article files to open directly, without the library (with none: the library).")
    var files: [String] = []

    func run() throws {
        if files.isEmpty {
            try BrowserLauncher.launch(data: BrowserLauncher.librarySource(path: LibraryLocation.path(option: library.path)), config: config)
        } else {
            try BrowserLauncher.launch(paths: files, title: "Dossier", config: config)
        }
    }
}

/// `dossier run-bundled DIR`: what `make run` uses: imports the articles in a directory
/// into the library (articles already there are skipped by fingerprint), then browses it.
struct RunBundledCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-bundled",
        abstract: "Import the articles in a directory into the library, then open the browser on it.",
        shouldDisplay: false
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "Directory of article files.")
    var directory: String

    func run() throws {
        let paths = try BrowserLauncher.articleFiles(inDirectory: directory)
        let opened = try CLI.run { try library.open(create: true) }
        let importer = ArticleImporter(tagger: CLI.tagger)
        var added = 0
        for path in paths {
            switch ImportCommand.parse(path, with: importer, timeout: SourceInput.defaultTimeout) {
            case .success(let prepared):
                if case .success(.added) = try CLI.run({ try opened.add(prepared: [prepared]) }).first { added += 1 }
            case .failure(let error):
                let message = (error as? DossierError)?.message ?? "\(path): \(error.localizedDescription)"
                FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(message))\n".utf8))
            }
        }
        try BrowserLauncher.launch(data: try CLI.run { try LibraryDataSource(library: opened, title: BrowserLauncher.title(of: opened)) },
                                   config: config)
    }
}

/// Loads articles or opens the library, checks the terminal, and runs the browser until it quits.
enum BrowserLauncher {
    /// The library's data source; a library that does not exist yet browses as empty
    /// (the reader says how to import) without creating the file. Errors exit with code 3.
    static func librarySource(path: String) throws -> any BrowserDataSource {
        guard FileManager.default.fileExists(atPath: path) else { return InMemoryDataSource(articles: [], title: "Dossier") }
        return try CLI.run {
            let library = try Library(path: path, upgrading: CLI.note)
            let log = DebugLog(environment: ProcessInfo.processInfo.environment)
            return try LibraryDataSource(library: library, title: title(of: library), log: { log.write($0) })
        }
    }

    /// Header title: the library file's name unless it is the default `library.sqlite`.
    static func title(of library: Library) -> String {
        let name = ((library.path as NSString).lastPathComponent as NSString).deletingPathExtension
        return name == "library" || name.isEmpty ? "Dossier" : "Dossier · \(Terminal.sanitise(name))"
    }

    static func launch(paths: [String], title: String, config: ConfigOptions) throws {
        try requireTerminal()
        let articles: [Article]
        do {
            articles = try paths.map(loadArticle)
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(error.message)\n".utf8))
            throw ExitCode(error.code.rawValue)
        }
        try launch(data: InMemoryDataSource(articles: articles, title: title), config: config)
    }

    /// Runs the browser with the config's settings; a broken config is reported on
    /// stderr and as the first status line, and the defaults are used.
    static func launch(data: any BrowserDataSource, config: ConfigOptions) throws {
        try requireTerminal()
        let (settings, configError) = config.load()
        let environment = ProcessInfo.processInfo.environment
        let log = DebugLog(environment: environment)
        log.write("browse \(data.title): \(data.totalQuotes) quote(s)")
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(environment: environment, theme: settings.theme)
        } catch let error as DossierError {
            FileHandle.standardError.write(Data("dossier: \(error.message)\n".utf8))
            throw ExitCode(error.code.rawValue)
        }
        var state = AppState(data: data, width: backend.width, height: backend.height)
        settings.apply(to: &state)
        if let configError {
            state.message = configError.statusMessage
            state.messageIsError = true
        }
        BrowserRunLoop(state: state, backend: backend, log: log, opener: URLOpener(environment: environment),
                       hyperlinks: Hyperlink.enabled(settings.hyperlinks, environment: environment)).run()
        backend.shutdown()
        if let signal = backend.receivedSignal { throw ExitCode(128 + signal) }
    }

    private static func requireTerminal() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            FileHandle.standardError.write(Data("dossier: the browser needs a terminal on stdin and stdout (use `dossier parse` or `dossier export` in scripts)\n".utf8))
            throw ExitCode(DossierError.Code.environment.rawValue)
        }
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
