import DossierCore
import GRDB

/// A collection member with the quote it names as stored now, or nil when that quote is gone.
public struct CollectionMember: Sendable, Hashable {
    public var reference: QuoteReference
    public var quote: BrowseQuote?
}

/// Named collections of quotes (migration v14): list, show, add and remove members, replace the
/// member list, rename and delete. Names are matched without regard to ASCII case. Every
/// change is one transaction and stamps the collection's `updated` time.
extension Library {
    /// Every collection with its member count, by name.
    public func collections() throws -> [CollectionSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.name, c.created_at, c.updated_at,
                       (SELECT count(*) FROM collection_member m WHERE m.collection_id = c.id) AS n
                FROM collection c ORDER BY c.name COLLATE NOCASE, c.id
                """).map { CollectionSummary(name: $0["name"], created: $0["created_at"], updated: $0["updated_at"], count: $0["n"]) }
        }
    }

    /// The collection called `name`, or nil.
    public func collection(named name: String) throws -> QuoteCollection? {
        try read { db in try Self.loadCollection(name, db) }
    }

    /// The collection called `name`; throws `.notFound` naming it when there is none.
    public func existingCollection(named name: String) throws -> QuoteCollection {
        guard let collection = try collection(named: name) else { throw Self.unknownCollection(name, path: path) }
        return collection
    }

    /// The collection's members in order, each with its quote as stored now (nil: vanished).
    /// Throws `.notFound` for an unknown collection.
    public func collectionMembers(named name: String) throws -> [CollectionMember] {
        let collection = try existingCollection(named: name)
        let quotes = try browseQuotes(references: collection.members)
        return zip(collection.members, quotes).map { CollectionMember(reference: $0, quote: $1) }
    }

    /// Appends `references` (those already members keep their place), creating the collection
    /// when there is none of that name. Returns the collection as stored.
    @discardableResult
    public func addToCollection(named name: String, _ references: [QuoteReference]) throws -> QuoteCollection {
        try changeCollection(name, create: true) { QuoteCollection.adding(references, to: $0) }
    }

    /// Removes `references` from the collection; throws `.notFound` for an unknown collection.
    @discardableResult
    public func removeFromCollection(named name: String, _ references: [QuoteReference]) throws -> QuoteCollection {
        try changeCollection(name, create: false) { QuoteCollection.removing(references, from: $0) }
    }

    /// Makes `members` (duplicates dropped) the collection's whole list, creating it when needed.
    @discardableResult
    public func replaceCollection(named name: String, members: [QuoteReference]) throws -> QuoteCollection {
        try changeCollection(name, create: true) { _ in QuoteCollection.unique(members) }
    }

    /// Renames a collection; throws `.notFound` when there is none called `name` and
    /// `.badInput` when another one is already called `newName`.
    public func renameCollection(named name: String, to newName: String) throws {
        if let problem = QuoteCollection.problem(withName: newName) { throw DossierError("collection \"\(newName)\": \(problem)") }
        try write { db in
            guard let id = try Self.collectionID(name, db) else { throw Self.unknownCollection(name, path: path) }
            if let other = try Self.collectionID(newName, db), other != id {
                throw DossierError("collection \"\(newName)\" already exists in the library \(path)")
            }
            try db.execute(sql: "UPDATE collection SET name = ?, updated_at = ? WHERE id = ?",
                           arguments: [newName, LibraryText.timestamp(), id])
        }
    }

    /// Deletes a collection and its member list (never the quotes); throws `.notFound` when unknown.
    public func deleteCollection(named name: String) throws {
        try write { db in
            guard let id = try Self.collectionID(name, db) else { throw Self.unknownCollection(name, path: path) }
            try db.execute(sql: "DELETE FROM collection WHERE id = ?", arguments: [id])
        }
    }

    /// The quotes an id names, as references (`9c941c53-07` or the longer `9c941c53d8712548-07`);
    /// empty when none, several when articles share the first 8 digits of their fingerprint.
    public func quoteReferences(id: String) throws -> [QuoteReference] {
        guard let parsed = QuoteIDForm(id) else { return [] }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.fingerprint FROM quote q JOIN article a ON a.id = q.article_id
                WHERE q.quote_id = ? AND substr(lower(a.fingerprint), 1, ?) = ? ORDER BY a.id
                """, arguments: [parsed.quoteID, parsed.fingerprintPrefix.count, parsed.fingerprintPrefix])
                .map { QuoteReference(fingerprint: $0["fingerprint"], quoteID: parsed.quoteID) }
        }
    }

    /// The quotes `references` name, in order, as the browser shows them; nil where a quote is gone.
    public func browseQuotes(references: [QuoteReference]) throws -> [BrowseQuote?] {
        try read { db in
            try references.map { reference in
                try Row.fetchOne(db, sql: """
                    SELECT q.*, a.fingerprint, a.title AS article_title, a.publication, a.date
                    FROM article a JOIN quote q ON q.article_id = a.id WHERE a.fingerprint = ? AND q.quote_id = ?
                    """, arguments: [reference.fingerprint, reference.quoteID]).map { try browseQuote(row: $0, db) }
            }
        }
    }

    /// The quotes `references` name with their whole articles, for export; nil where a quote is gone.
    public func exportableQuotes(references: [QuoteReference]) throws -> [ExportableQuote?] {
        try read { db in
            var articles: [String: (Article, String)?] = [:]
            return try references.map { reference in
                if articles[reference.fingerprint] == nil {
                    articles[reference.fingerprint] = .some(try Self.articleAndImport(reference.fingerprint, db))
                }
                guard let (article, importedAt) = articles[reference.fingerprint] ?? nil,
                      let quote = article.quotes.first(where: { $0.id == reference.quoteID }) else { return nil }
                return ExportableQuote(article: article, quote: quote, importedAt: importedAt)
            }
        }
    }

    // MARK: - Storage

    private func changeCollection(_ name: String, create: Bool,
                                  _ change: ([QuoteReference]) -> [QuoteReference]) throws -> QuoteCollection {
        try write { db in
            let now = LibraryText.timestamp()
            let id: Int64
            if let existing = try Self.collectionID(name, db) {
                id = existing
            } else {
                guard create else { throw Self.unknownCollection(name, path: path) }
                if let problem = QuoteCollection.problem(withName: name) { throw DossierError("collection \"\(name)\": \(problem)") }
                try db.execute(sql: "INSERT INTO collection (name, created_at, updated_at) VALUES (?, ?, ?)", arguments: [name, now, now])
                id = db.lastInsertedRowID
            }
            let members = change(try Self.members(of: id, db))
            try db.execute(sql: "DELETE FROM collection_member WHERE collection_id = ?", arguments: [id])
            for (position, member) in members.enumerated() {
                try db.execute(sql: "INSERT INTO collection_member (collection_id, position, fingerprint, quote_id) VALUES (?, ?, ?, ?)",
                               arguments: [id, position, member.fingerprint, member.quoteID])
            }
            try db.execute(sql: "UPDATE collection SET updated_at = ? WHERE id = ?", arguments: [now, id])
            guard let stored = try Self.loadCollection(name, db) else { throw Self.unknownCollection(name, path: path) }
            return stored
        }
    }

    static func unknownCollection(_ name: String, path: String) -> DossierError {
        DossierError("collection \"\(name)\": no such collection in the library \(path) (dossier collection list shows them)", code: .notFound)
    }

    private static func collectionID(_ name: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM collection WHERE name = ?", arguments: [name])
    }

    private static func loadCollection(_ name: String, _ db: Database) throws -> QuoteCollection? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM collection WHERE name = ?", arguments: [name]) else { return nil }
        return QuoteCollection(name: row["name"], created: row["created_at"], updated: row["updated_at"],
                               members: try members(of: row["id"], db))
    }

    private static func members(of id: Int64, _ db: Database) throws -> [QuoteReference] {
        try Row.fetchAll(db, sql: "SELECT fingerprint, quote_id FROM collection_member WHERE collection_id = ? ORDER BY position",
                         arguments: [id]).map { QuoteReference(fingerprint: $0["fingerprint"], quoteID: $0["quote_id"]) }
    }
}
