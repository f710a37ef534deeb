import ArgumentParser

/// The `dossier` command: the browser by default, plus script-friendly subcommands.
@main
struct Dossier: AsyncParsableCommand {
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
