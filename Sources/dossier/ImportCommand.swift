import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier import PATH...`: add articles (files, or folders searched recursively) to the library.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add articles (.txt/.md files, or folders of them) to the library."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Article files or folders (searched recursively for .txt and .md).")
    var paths: [String]

    func run() throws {
        let library = try CLI.run { try self.library.open(create: true) }
        let (files, missing) = ArticleFiles.expand(paths)
        var summary = ImportSummary()
        for path in missing { summary.failed.append("\(path): no such file or folder") }

        let importer = ArticleImporter(tagger: CLI.tagger)
        let progress = ProgressBar(total: files.count)
        let batchSize = max(2, ProcessInfo.processInfo.activeProcessorCount * 4)
        var done = 0
        batches: for start in stride(from: 0, to: files.count, by: batchSize) {
            // Parse a batch on all cores, then store it in order, one transaction per article.
            let batch = Array(files[start..<min(files.count, start + batchSize)])
            let parsed = parallelMap(batch) { file in Self.parse(file, with: importer) }
            for (file, result) in zip(batch, parsed) {
                progress.update(done: done, current: file)
                done += 1
                do {
                    let (article, size) = try result.get()
                    switch try library.add(article, byteCount: size) {
                    case .added: summary.added += 1
                    case .unchanged: summary.unchanged += 1
                    case .duplicate(let original): summary.duplicates.append("\(file): same article as \(original ?? "one already stored")")
                    }
                } catch let error as DossierError {
                    summary.failed.append(error.message)
                    if error.code == .library { break batches }  // the library itself is unusable: stop here
                } catch {
                    summary.failed.append("\(file): \(error.localizedDescription)")
                }
            }
        }
        progress.update(done: files.count, current: "")
        if summary.added > 0 {
            // Keep the precomputed top lists of very common words exact for the new articles.
            do { try library.refreshImpactLists() } catch { summary.failed.append("\(library.path): \(error)") }
        }
        progress.finish()
        print(Terminal.sanitise(summary.render(libraryPath: library.path)), terminator: "")
        if !summary.failed.isEmpty { throw ExitCode(DossierError.Code.badInput.rawValue) }
    }

    /// Reads and parses one file (absolute path recorded as its source) with its size in bytes.
    static func parse(_ file: String, with importer: ArticleImporter) -> Result<(Article, Int), Error> {
        Result {
            let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
            let article = try importer.importFile(atPath: absolute)
            let size = (try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? Int) ?? 0
            return (article, size)
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
