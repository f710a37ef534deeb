import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier reparse`: re-attributes every stored article with the current importer, from the
/// source the library kept (or, for an article imported before sources were kept, from its
/// file when it still exists), and reports what changed.
struct ReparseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reparse",
        abstract: "Re-read every stored article with the current importer and report what changed.",
        discussion: """
            Quote ids stay as they were where a quote's words are unchanged. Articles imported before the \
            library kept sources are read from their file (and the file is then kept); one with neither is \
            reported and left as it is. Exit status 1 when an article could not be re-read.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Report what would change without writing to the library.")
    var dryRun = false

    func run() throws {
        let library = try CLI.run { try self.library.open() }
        let importer = ArticleImporter(tagger: CLI.tagger)
        var changed = 0, unchanged = 0, added = 0, removed = 0, reattributed = 0
        var problems: [String] = []
        for fingerprint in try CLI.run({ try library.fingerprints() }) {
            do {
                guard let stored = try library.storedArticle(fingerprint: fingerprint) else { continue }
                let old = stored.article
                let label = old.metadata.sourcePath ?? old.metadata.url ?? old.title
                var source: ArticleSource
                if let kept = stored.source {
                    source = kept
                } else if let path = old.metadata.sourcePath, FileManager.default.fileExists(atPath: path) {
                    source = try ArticleSource.file(atPath: path)
                } else {
                    problems.append("\(label): no stored source and no file; left as imported")
                    continue
                }
                source.overrides = MetadataOverrides(old.metadata)
                var new = try importer.parse(source)
                let changes = ReparseChanges(old: old, new: &new)
                if !changes.articleChanged && stored.source != nil { unchanged += 1; continue }
                if !dryRun {
                    try library.replace(fingerprint: fingerprint, with: PreparedArticle(new, byteCount: source.data.count, source: source))
                }
                if !changes.articleChanged { unchanged += 1; continue }  // only its source is now kept
                changed += 1
                added += changes.added; removed += changes.removed; reattributed += changes.reattributed
                print(Terminal.sanitise("changed: \(label): \(changes.added) quote(s) added, \(changes.removed) removed, \(changes.reattributed) re-attributed"))
            } catch let error as DossierError {
                problems.append(error.message)
            }
        }
        print("\(changed) article(s) changed, \(unchanged) unchanged, \(problems.count) not re-read; "
              + "quotes: \(added) added, \(removed) removed, \(reattributed) re-attributed" + (dryRun ? " (dry run: nothing written)" : ""))
        for problem in problems { print(Terminal.sanitise("not re-read: " + problem)) }
        if !problems.isEmpty { throw ExitCode(DossierError.Code.badInput.rawValue) }
    }
}
