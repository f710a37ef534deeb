import DossierCore
import Foundation
import GRDB

extension Library {
    /// Stores `article` in one transaction: either all of it lands or nothing does.
    /// An article whose fingerprint is already stored adds nothing.
    @discardableResult
    public func add(_ article: Article, byteCount: Int = 0) throws -> ImportOutcome {
        guard let outcome = try add([(article, byteCount)]).first else { return .unchanged }
        return try outcome.get()
    }

    /// Stores several articles in one transaction, each inside its own savepoint, so every
    /// article lands whole or not at all and one failing article leaves the others stored.
    /// A crash (even `kill -9`) mid-batch loses the batch, never part of an article.
    ///
    /// Batching is what makes bulk import fast: one commit (and one FTS5 segment flush)
    /// per batch instead of per article, and the full-text rows and browse tallies of the
    /// batch's quotes are added by set-based statements rather than per-row triggers.
    /// Throws only when the transaction itself fails (the library is unusable).
    public func add(_ articles: [(Article, Int)]) throws -> [Result<ImportOutcome, DossierError>] {
        var prepared: [Result<PreparedArticle, DossierError>] = []
        for (article, byteCount) in articles {
            do { prepared.append(.success(try PreparedArticle(article, byteCount: byteCount))) } catch {
                prepared.append(.failure(DossierError("\(article.metadata.sourcePath ?? article.title): cannot store (\(error))", code: .library)))
            }
        }
        let stored = try add(prepared: prepared.compactMap { try? $0.get() })
        var next = stored.makeIterator()
        return prepared.map { item in item.flatMap { _ in next.next() ?? .success(.unchanged) } }
    }

    /// `add(_:)` for articles already prepared (on other threads).
    public func add(prepared articles: [PreparedArticle]) throws -> [Result<ImportOutcome, DossierError>] {
        let importedAt = LibraryText.timestamp()
        return try write { db in
            let firstNewQuote = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM quote") ?? 0
            var outcomes: [Result<ImportOutcome, DossierError>] = []
            for article in articles {
                var outcome = ImportOutcome.unchanged
                do {
                    try db.inSavepoint {
                        outcome = try Self.insert(article, importedAt: importedAt, into: db)
                        return .commit
                    }
                    outcomes.append(.success(outcome))
                } catch {
                    outcomes.append(.failure(LibraryErrors.map(error, path: path)))
                }
            }
            if outcomes.contains(where: { (try? $0.get()) == .added }) {
                try db.cachedStatement(sql: "UPDATE library_state SET generation = generation + 1").execute()
                try BatchIndexing.index(quotesAfter: firstNewQuote, db)
            }
            return outcomes
        }
    }

    static func insert(_ article: Article, byteCount: Int, into db: Database) throws -> ImportOutcome {
        try insert(try PreparedArticle(article, byteCount: byteCount), importedAt: LibraryText.timestamp(), into: db)
    }

    static func insert(_ article: PreparedArticle, importedAt: String, into db: Database) throws -> ImportOutcome {
        if let existing = try Row.fetchOne(db, sql: "SELECT source_path FROM article WHERE fingerprint = ?",
                                           arguments: [article.fingerprint]) {
            let storedPath: String? = existing["source_path"]
            return storedPath == article.sourcePath ? .unchanged : .duplicate(ofPath: storedPath)
        }
        if let url = article.url, let existing = try Row.fetchOne(db, sql: "SELECT source_path FROM article WHERE url = ?", arguments: [url]) {
            let storedPath: String? = existing["source_path"]
            return .duplicate(ofPath: storedPath ?? url)
        }
        try db.cachedStatement(sql: """
            INSERT INTO article (fingerprint, title, title_key, lede, introduction, publication, url, date,
                                 language, source_path, byte_count, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments(article.article + [importedAt.databaseValue]))
        let articleID = db.lastInsertedRowID.databaseValue
        if let source = article.source { try StoredSources.insert(source, articleID: articleID, db) }

        let section = try db.cachedStatement(sql: "INSERT INTO section (article_id, ordinal, heading, editorial, line) VALUES (?, ?, ?, ?, ?)")
        for (ordinal, row) in article.sections.enumerated() {
            try section.execute(arguments: StatementArguments([articleID, ordinal.databaseValue] + row))
        }
        let expert = try db.cachedStatement(sql: "INSERT INTO expert (id, name) VALUES (?, ?) ON CONFLICT(id) DO NOTHING")
        let articleExpert = try db.cachedStatement(sql: """
            INSERT INTO article_expert (article_id, ordinal, expert_id, name, credentials) VALUES (?, ?, ?, ?, ?)
            """)
        for (ordinal, row) in article.experts.enumerated() {
            try expert.execute(arguments: [row.id, row.name])
            try articleExpert.execute(arguments: [articleID, ordinal, row.id, row.name, row.credentials])
        }
        let quote = try db.cachedStatement(sql: """
            INSERT INTO quote (article_id, ordinal, quote_id, expert_id, section, section_key, paragraphs,
                               start_line, end_line, start_byte, end_byte, body, expert_name, credentials, heading, title, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let country = try db.cachedStatement(sql: "INSERT INTO quote_country (code, quote_rowid) VALUES (?, ?)")
        for (ordinal, rows) in article.quotes.enumerated() {
            try quote.execute(arguments: StatementArguments([articleID, ordinal.databaseValue] + rows.quote))
            let quoteRowID = db.lastInsertedRowID.databaseValue
            for code in rows.countries { try country.execute(arguments: [code, quoteRowID]) }
        }
        let glossary = try db.cachedStatement(sql: "INSERT INTO glossary (article_id, ordinal, term, definition, line) VALUES (?, ?, ?, ?, ?)")
        for (ordinal, row) in article.glossary.enumerated() {
            try glossary.execute(arguments: StatementArguments([articleID, ordinal.databaseValue] + row))
        }
        return .added
    }
}
