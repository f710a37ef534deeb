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
        try write { db in
            let firstNewQuote = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM quote") ?? 0
            var outcomes: [Result<ImportOutcome, DossierError>] = []
            for (article, byteCount) in articles {
                var outcome = ImportOutcome.unchanged
                do {
                    try db.inSavepoint {
                        outcome = try Self.insert(article, byteCount: byteCount, into: db)
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
        if let existing = try Row.fetchOne(db, sql: "SELECT source_path FROM article WHERE fingerprint = ?",
                                           arguments: [article.fingerprint]) {
            let storedPath: String? = existing["source_path"]
            return storedPath == article.metadata.sourcePath ? .unchanged : .duplicate(ofPath: storedPath)
        }
        let meta = article.metadata
        try db.cachedStatement(sql: """
            INSERT INTO article (fingerprint, title, title_key, lede, introduction, publication, url, date,
                                 language, source_path, imported_at, byte_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                article.fingerprint, LibraryText.clean(article.title), SearchText.key(article.title),
                LibraryText.clean(article.lede), try LibraryText.json(article.introduction.map(LibraryText.clean)),
                meta.publication.map(LibraryText.clean), meta.url.map(LibraryText.clean), meta.date, meta.language,
                meta.sourcePath, LibraryText.timestamp(), byteCount,
            ])
        let articleID = db.lastInsertedRowID

        for (ordinal, section) in article.sections.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO section (article_id, ordinal, heading, editorial, line) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [articleID, ordinal, LibraryText.clean(section.heading),
                                     try LibraryText.json(section.editorial.map(LibraryText.clean)), section.line])
        }
        var experts: [String: Expert] = [:]
        for (ordinal, expert) in article.experts.enumerated() {
            experts[expert.id] = expert
            try db.cachedStatement(sql: "INSERT INTO expert (id, name) VALUES (?, ?) ON CONFLICT(id) DO NOTHING")
                .execute(arguments: [expert.id, LibraryText.clean(expert.name)])
            try db.cachedStatement(sql: """
                INSERT INTO article_expert (article_id, ordinal, expert_id, name, credentials) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [articleID, ordinal, expert.id, LibraryText.clean(expert.name),
                                         expert.credentials.map(LibraryText.clean)])
        }
        let title = LibraryText.clean(article.title)
        for (ordinal, quote) in article.quotes.enumerated() {
            try insert(quote, ordinal: ordinal, articleID: articleID, title: title, expert: experts[quote.expertID], into: db)
        }
        for (ordinal, entry) in article.glossary.enumerated() {
            try db.cachedStatement(sql: "INSERT INTO glossary (article_id, ordinal, term, definition, line) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [articleID, ordinal, entry.term.map(LibraryText.clean),
                                     LibraryText.clean(entry.definition), entry.line])
        }
        return .added
    }

    private static func insert(_ quote: Quote, ordinal: Int, articleID: Int64, title: String, expert: Expert?, into db: Database) throws {
        let paragraphs = quote.paragraphs.map(LibraryText.clean)
        let body = paragraphs.joined(separator: "\n\n")
        let roundTrips = LibraryText.paragraphs(of: body) == paragraphs
        let section = quote.section.map(LibraryText.clean)
        try db.cachedStatement(sql: """
            INSERT INTO quote (quote_id, article_id, ordinal, expert_id, section, section_key, paragraphs,
                               start_line, end_line, start_byte, end_byte, body, expert_name, credentials, heading, title)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                quote.id, articleID, ordinal, quote.expertID, section, SearchText.key(section ?? ""),
                roundTrips ? nil : try LibraryText.json(paragraphs),
                quote.source.startLine, quote.source.endLine, quote.source.startByte, quote.source.endByte,
                body, LibraryText.clean(expert?.name ?? quote.expertID), LibraryText.clean(expert?.credentials ?? ""),
                section ?? "", title,
            ])
        let quoteRowID = db.lastInsertedRowID
        for code in Set(quote.countries.map { $0.uppercased() }) {
            try db.cachedStatement(sql: "INSERT INTO quote_country (code, quote_rowid) VALUES (?, ?)")
                .execute(arguments: [code, quoteRowID])
        }
        for (ordinal, mention) in quote.mentions.enumerated() {
            try db.cachedStatement(sql: """
                INSERT INTO mention (quote_rowid, ordinal, code, kind, text, paragraph, offset, length) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [quoteRowID, ordinal, mention.code, mention.kind.rawValue,
                                         LibraryText.clean(mention.text), mention.paragraph, mention.offset, mention.length])
        }
    }
}
