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
        let library = try CLI.run { try self.library.open() }
        let (files, missing) = ArticleFiles.expand(paths)
        var summary = ImportSummary()
        for path in missing { summary.failed.append("\(path): no such file or folder") }

        let importer = ArticleImporter(tagger: CLI.tagger)
        let progress = ProgressBar(total: files.count)
        for (index, file) in files.enumerated() {
            progress.update(done: index, current: file)
            let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
            do {
                let article = try importer.importFile(atPath: absolute)
                let size = (try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? Int) ?? 0
                switch try library.add(article, byteCount: size) {
                case .added: summary.added += 1
                case .unchanged: summary.unchanged += 1
                case .duplicate(let original): summary.duplicates.append("\(file): same article as \(original ?? "one already stored")")
                }
            } catch let error as DossierError {
                summary.failed.append(error.message)
                if error.code == .library { break }  // the library itself is unusable: stop here
            } catch {
                summary.failed.append("\(file): \(error.localizedDescription)")
            }
        }
        progress.update(done: files.count, current: "")
        progress.finish()
        print(Terminal.sanitise(summary.render(libraryPath: library.path)), terminator: "")
        if !summary.failed.isEmpty { throw ExitCode(DossierError.Code.badInput.rawValue) }
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
