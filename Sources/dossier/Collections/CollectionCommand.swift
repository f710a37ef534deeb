import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier collection`: named sets of quotes kept in the library (the browser's marks).
struct CollectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collection",
        abstract: "Named collections of quotes kept in the library: list, show, export, add, remove, rename, delete.",
        discussion: """
            A member names its quote by the article's fingerprint and the quote id, so it survives \
            dossier reparse and re-imports; a member whose quote is gone is reported, never dropped.
            """,
        subcommands: [List.self, Show.self, CollectionExportCommand.self, Add.self, Remove.self, Rename.self, Delete.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the collections with their sizes.")
        @OptionGroup var library: LibraryOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let collections = try CLI.run { try library.openForReading().collections() }
            if json { return try CLI.printJSON(collections) }
            if collections.isEmpty { print("no collections (dossier collection add NAME QUOTE-ID... makes one)") }
            let width = String(collections.map(\.count).max() ?? 0).count
            for collection in collections {
                print(Terminal.sanitise("\(String(collection.count).leftPadded(width)) quotes  updated \(collection.updated.prefix(10))  \(collection.name)"))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a collection's quotes, and the members whose quote is gone.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "Collection name.") var name: String
        @Flag(help: "Print JSON.") var json = false

        /// One member as `--json` prints it.
        struct Member: Encodable {
            var reference: String
            var quoteID: String
            var fingerprint: String
            /// nil when the quote is no longer in the library.
            var expert: String?
            var article: String?
            var text: String?
            func encode(to encoder: any Encoder) throws {
                enum Keys: String, CodingKey { case reference, quoteID, fingerprint, expert, article, text, missing }
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(reference, forKey: .reference)
                try c.encode(quoteID, forKey: .quoteID)
                try c.encode(fingerprint, forKey: .fingerprint)
                try c.encode(expert, forKey: .expert)
                try c.encode(article, forKey: .article)
                try c.encode(text, forKey: .text)
                try c.encode(text == nil, forKey: .missing)
            }
        }

        func run() throws {
            let (collection, members) = try CLI.run {
                let library = try self.library.openForReading()
                let members = try library.collectionMembers(named: name)
                let collection = try library.existingCollection(named: name)
                return (collection, members)
            }
            if json {
                return try CLI.printJSON(members.map {
                    Member(reference: $0.reference.description, quoteID: $0.reference.quoteID, fingerprint: $0.reference.fingerprint,
                           expert: $0.quote?.expert.name, article: $0.quote?.articleTitle, text: $0.quote?.quote.text)
                })
            }
            let missing = members.filter { $0.quote == nil }.count
            print(Terminal.sanitise("\(collection.name): \(members.count) quote(s)\(missing > 0 ? ", \(missing) no longer in the library" : ""), updated \(collection.updated)"))
            for (index, member) in members.enumerated() {
                guard let found = member.quote else {
                    print("\(String(index + 1).leftPadded(3)). \(member.reference)  missing: no longer in the library")
                    continue
                }
                let words = found.quote.paragraphs.first.map { $0.split(separator: " ", maxSplits: 12).prefix(12).joined(separator: " ") } ?? ""
                let date = found.date.map { ", \($0)" } ?? ""
                print(Terminal.sanitise("\(String(index + 1).leftPadded(3)). \(member.reference)  \(found.expert.name) — \(found.articleTitle)\(date)"))
                print(Terminal.sanitise("     “\(words)…”"))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add quotes to a collection (made when new), at its end.",
            discussion: "Quote ids as dossier search prints them (9c941c53-07), or with a longer fingerprint (9c941c53d8712548-07).")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "Collection name.") var name: String
        @Argument(help: ArgumentHelp("Quote ids.", valueName: "quote-id")) var quoteIDs: [String]

        func validate() throws { if quoteIDs.isEmpty { throw ValidationError("give at least one quote id") } }

        func run() throws {
            try CLI.run {
                let library = try self.library.open()
                let references = try quoteIDs.map { try CollectionCommand.reference($0, in: library) }
                let before = try library.collection(named: name)?.members.count ?? 0
                let stored = try library.addToCollection(named: name, references)
                print(Terminal.sanitise("\(stored.name): \(stored.members.count - before) added, \(stored.members.count) quote(s)"))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove quotes from a collection (also members whose quote is gone).")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "Collection name.") var name: String
        @Argument(help: ArgumentHelp("Quote ids, as dossier collection show prints them.", valueName: "quote-id")) var quoteIDs: [String]

        func validate() throws { if quoteIDs.isEmpty { throw ValidationError("give at least one quote id") } }

        func run() throws {
            try CLI.run {
                let library = try self.library.open()
                let collection = try library.existingCollection(named: name)
                // Matched against the members, not the library, so a vanished quote can be removed too.
                let removed = try quoteIDs.flatMap { id -> [QuoteReference] in
                    guard let form = QuoteIDForm(id) else { throw CollectionCommand.badID(id) }
                    let matches = collection.members.filter(form.matches)
                    if matches.isEmpty { throw DossierError("collection \"\(collection.name)\": quote \(id) is not a member", code: .notFound) }
                    if matches.count > 1 {
                        throw DossierError("collection \"\(collection.name)\": \(id) names \(matches.count) members; give one of \(matches.map(\.description).joined(separator: ", "))")
                    }
                    return matches
                }
                let stored = try library.removeFromCollection(named: name, removed)
                print(Terminal.sanitise("\(stored.name): \(collection.members.count - stored.members.count) removed, \(stored.members.count) quote(s)"))
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a collection.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "Collection name.") var name: String
        @Argument(help: "New name.") var newName: String

        func run() throws {
            try CLI.run { try library.open().renameCollection(named: name, to: newName) }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a collection (its quotes stay in the library).")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "Collection name.") var name: String

        func run() throws {
            try CLI.run { try library.open().deleteCollection(named: name) }
        }
    }

    /// The one quote `id` names in the library: unknown is `.notFound`; an id two articles share lists the longer ids.
    static func reference(_ id: String, in library: Library) throws -> QuoteReference {
        guard QuoteIDForm(id) != nil else { throw badID(id) }
        let found = try library.quoteReferences(id: id)
        guard let only = found.first else {
            throw DossierError("quote \(id): not in the library \(library.path) (ids are as dossier search prints them, e.g. 9c941c53-07)",
                               code: .notFound)
        }
        guard found.count == 1 else {
            throw DossierError("quote \(id): \(found.count) articles have a quote with this id; give one of \(found.map(\.description).joined(separator: ", "))")
        }
        return only
    }

    static func badID(_ id: String) -> DossierError {
        DossierError("quote \(id): not a quote id (ids look like 9c941c53-07, or 9c941c53d8712548-07)")
    }
}
