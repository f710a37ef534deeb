import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier import PATH...`: add articles (files, or folders searched recursively) to the library.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add articles (.txt/.md/.html files, folders of them, or http(s) URLs) to the library."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Article files, folders (searched recursively for .txt, .md, .html and .htm) or http(s) URLs.")
    var paths: [String]

    @Option(help: "Seconds a URL fetch may stall before it fails.")
    var timeout: Double = SourceInput.defaultTimeout

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Build the lookup indexes and browse counts once at the end instead of per batch.",
        discussion: "Default: on when the import has at least 500 articles and at least doubles the library."))
    var bulk: Bool?

    @Flag(help: "Print how long storing, the deferred indexes and the common-word lists took (to stderr).")
    var timings = false

    func run() throws {
        let library = try CLI.run { try self.library.open(create: true) }
        let (files, missing) = ArticleFiles.expand(paths)
        var summary = ImportSummary()
        for path in missing { summary.failed.append("\(path): no such file or folder") }

        let started = Date()
        let importer = ArticleImporter(tagger: CLI.tagger)
        let session = try CLI.run { try library.beginImport(articleCount: files.count, bulk: bulk) }
        let progress = ProgressBar(total: files.count)
        var done = 0
        // Parse the next batch on all cores while the writer stores this one in one transaction.
        let timeout = self.timeout
        let pipeline = ImportPipeline(batchSize: Self.batchSize) { file in
            Self.parse(file, with: importer, timeout: timeout)
        }
        pipeline.run(files) { batch in
            var articles: [PreparedArticle] = []
            var parsedFiles: [String] = []
            for (file, result) in batch {
                switch result {
                case .success(let parsed): articles.append(parsed); parsedFiles.append(file)
                case .failure(let error as DossierError): summary.failed.append(error.message)
                case .failure(let error): summary.failed.append("\(file): \(error.localizedDescription)")
                }
            }
            progress.update(done: done, current: batch.last?.0 ?? "")
            done += batch.count
            do {
                for (file, outcome) in zip(parsedFiles, try library.add(prepared: articles)) {
                    switch outcome {
                    case .success(.added): summary.added += 1
                    case .success(.unchanged): summary.unchanged += 1
                    case .success(.duplicate(let original)):
                        summary.duplicates.append("\(file): same article as \(original ?? "one already stored")")
                    case .failure(let error): summary.failed.append("\(file): \(error.message)")
                    }
                }
                return true
            } catch {
                // The library itself is unusable (disk full, I/O error): this batch is lost, stop here.
                let message = (error as? DossierError)?.message ?? "\(library.path): \(error.localizedDescription)"
                summary.failed.append(message + " (\(parsedFiles.count) article(s) of this batch not stored)")
                return false
            }
        }
        progress.update(done: files.count, current: "")
        let stored = Date()
        do { try session.finish() } catch { summary.failed.append((error as? DossierError)?.message ?? "\(library.path): \(error)") }
        let indexed = Date()
        progress.finish()
        if timings {
            let phases = String(format: "parse and store, deferred indexes: %.1f s, %.1f s (%@); search accelerator %.1f s of that\n",
                                stored.timeIntervalSince(started), indexed.timeIntervalSince(stored),
                                session.isBulk ? "bulk" : "none", AcceleratorCost.shared.seconds)
            FileHandle.standardError.write(Data(phases.utf8))
        }
        print(Terminal.sanitise(summary.render(libraryPath: library.path)), terminator: "")
        if !summary.failed.isEmpty { throw ExitCode(DossierError.Code.badInput.rawValue) }
    }

    /// Articles per library transaction: large enough that commits and FTS5 segment flushes
    /// stop dominating (one per article cost ~3x; 128 → 512 saved another ~9% at 10k
    /// articles), small enough that progress shows, memory stays flat (two batches in
    /// flight, ~150 MB peak) and a crash loses little (a batch is stored whole or not at all).
    static let batchSize = 256

    /// Reads (or fetches) and parses one article, prepared for storing with its source bytes.
    /// A file's absolute path is recorded as its source; a page's URL is its canonical URL.
    static func parse(_ file: String, with importer: ArticleImporter, timeout: Double) -> Result<PreparedArticle, Error> {
        Result {
            let input = PageFetcher.isURL(file) ? file : URL(fileURLWithPath: file).standardizedFileURL.path
            let source = try SourceInput.load(input, timeout: timeout)
            let article = try importer.parse(source)
            return try PreparedArticle(article, byteCount: source.data.count, source: source)
        }
    }
}

/// Counts and reasons reported at the end of an import.
struct ImportSummary {
    var added = 0
    var unchanged = 0
    var duplicates: [String] = []
    var failed: [String] = []

    func render(libraryPath: String) -> String {
        var text = "\(added) new, \(unchanged) unchanged, \(duplicates.count) duplicate\(duplicates.count == 1 ? "" : "s"), "
            + "\(failed.count) failed (library: \(libraryPath))\n"
        if added == 0 && unchanged + duplicates.count > 0 && failed.isEmpty { text += "nothing new to add\n" }
        for line in duplicates { text += "duplicate: \(line)\n" }
        for line in failed { text += "failed: \(line)\n" }
        return text
    }
}
