import ArgumentParser

/// The `dossier` command: the browser by default, plus script-friendly subcommands.
///
/// Every command names itself (`commandName:`): without it ArgumentParser derives the name with
/// `String(describing: Type.self)` for every command in the tree at every launch, a scan of the
/// process's protocol conformances each (0.5–0.9 ms in all for nine commands; DECISIONS.md, "Start-up: …").
/// It is a plain `ParsableCommand`, not an async one: no command awaits anything, and an async root
/// starts Swift concurrency's thread pool to run the command on one of its threads (0.6–1 ms a process).
@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Read, search and quote expert roundups on world affairs.",
        subcommands: [BrowseCommand.self, ParseCommand.self, ExportCommand.self, VerifyCommand.self, RunBundledCommand.self,
                      ImportCommand.self, ReparseCommand.self, SearchCommand.self, IndexCommand.self, ListCommand.self, ShowCommand.self,
                      ExpertCommand.self, CountryCommand.self, CollectionCommand.self,
                      ConfigCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
