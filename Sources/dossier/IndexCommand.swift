import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier index`: the state of the search accelerator; `--rebuild` rebuilds it.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Show or rebuild the search accelerator.",
        discussion: """
            Ranked searches read block-max postings kept beside the full-text index. They are
            written with every import and checked before every search; when they do not match
            the library (an older Dossier wrote it, or it was edited), searches stay exact but
            slower until `dossier index --rebuild` recomputes them from the quotes.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Recompute the accelerator from the library's quotes (one transaction).")
    var rebuild = false

    @Flag(help: "Store blocks written before Dossier's v17 layout in the current one, in short steps.")
    var upgrade = false

    func run() throws {
        let opened = try CLI.run { try library.open() }
        if rebuild {
            let start = Date()
            try CLI.run { try opened.rebuildAccelerator() }
            let size = try CLI.run { try opened.acceleratorSize() }
            print(String(format: "search accelerator rebuilt in %.1f s: %d terms, %d blocks, %.1f MB",
                         Date().timeIntervalSince(start), size.terms, size.blocks, Double(size.bytes) / 1_048_576))
            return
        }
        if upgrade {
            let start = Date()
            let cut = try CLI.run { try opened.upgradeAcceleratorBlocks() }
            if cut == 0 {
                print("search accelerator: its blocks are already in the current layout")
            } else {
                print(String(format: "search accelerator upgraded in %.1f s: %d blocks now keep their positions apart",
                             Date().timeIntervalSince(start), cut))
            }
        }
        let status = try CLI.run { try opened.acceleratorStatus() }
        print(status.message ?? "search accelerator: ready")
        if status == .ready, let note = try CLI.run({ try opened.acceleratorUpgradeNote() }) { print(note) }
    }
}
