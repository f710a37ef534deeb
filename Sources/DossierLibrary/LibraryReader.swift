import DossierCore
import GRDB

/// A quote as stored, with what a reader needs to cite it.
public struct StoredQuote: Sendable, Hashable, Codable {
    public var quote: Quote
    public var expert: Expert
    public var articleTitle: String
    public var fingerprint: String
    public var metadata: ArticleMetadata
}

extension Library {
    /// The full article with this fingerprint, rebuilt from the library, or nil.
    public func article(fingerprint: String) throws -> Article? {
        try read { db in try Self.loadArticle(fingerprint: fingerprint, db) }
    }

    /// Every stored quote whose `Quote.id` is `id` (ids can repeat across articles).
    public func quotes(withID id: String) throws -> [StoredQuote] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT q.*, a.fingerprint FROM quote q JOIN article a ON a.id = q.article_id WHERE q.quote_id = ?
                ORDER BY a.id
                """, arguments: [id])
            return try rows.map { try Self.storedQuote(row: $0, db) }
        }
    }

    /// Number of stored articles.
    public func articleCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    static func storedQuote(row: Row, _ db: Database) throws -> StoredQuote {
        let articleID: Int64 = row["article_id"]
        let quote = try loadQuote(row: row, fingerprintPrefix: nil, db)
        let meta = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [articleID])
        let expertRow = try Row.fetchOne(db, sql: "SELECT name, credentials FROM article_expert WHERE article_id = ? AND expert_id = ?",
                                         arguments: [articleID, quote.expertID])
        let expert = Expert(id: quote.expertID, name: expertRow?["name"] ?? row["expert_name"], credentials: expertRow?["credentials"])
        return StoredQuote(quote: quote, expert: expert, articleTitle: meta?["title"] ?? "",
                           fingerprint: meta?["fingerprint"] ?? "", metadata: meta.map(metadata(row:)) ?? .init())
    }

    static func metadata(row: Row) -> ArticleMetadata {
        ArticleMetadata(publication: row["publication"], url: row["url"], date: row["date"],
                        language: row["language"], sourcePath: row["source_path"])
    }

    static func loadArticle(fingerprint: String, _ db: Database) throws -> Article? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE fingerprint = ?", arguments: [fingerprint]) else {
            return nil
        }
        let id: Int64 = row["id"]
        let sections = try Row.fetchAll(db, sql: "SELECT * FROM section WHERE article_id = ? ORDER BY ordinal", arguments: [id]).map {
            Section(heading: $0["heading"], editorial: LibraryText.strings(fromJSON: $0["editorial"]), line: $0["line"])
        }
        let experts = try Row.fetchAll(db, sql: "SELECT * FROM article_expert WHERE article_id = ? ORDER BY ordinal", arguments: [id]).map {
            Expert(id: $0["expert_id"], name: $0["name"], credentials: $0["credentials"])
        }
        let quotes = try Row.fetchAll(db, sql: "SELECT * FROM quote WHERE article_id = ? ORDER BY ordinal", arguments: [id]).map {
            try loadQuote(row: $0, fingerprintPrefix: nil, db)
        }
        let glossary = try Row.fetchAll(db, sql: "SELECT * FROM glossary WHERE article_id = ? ORDER BY ordinal", arguments: [id]).map {
            GlossaryEntry(term: $0["term"], definition: $0["definition"], line: $0["line"])
        }
        return Article(title: row["title"], lede: row["lede"], introduction: LibraryText.strings(fromJSON: row["introduction"]),
                       metadata: metadata(row: row), fingerprint: row["fingerprint"], sections: sections,
                       experts: experts, quotes: quotes, glossary: glossary)
    }

    static func loadQuote(row: Row, fingerprintPrefix: String?, _ db: Database) throws -> Quote {
        let rowID: Int64 = row["id"]
        let countries = try String.fetchAll(db, sql: "SELECT code FROM quote_country WHERE quote_rowid = ? ORDER BY code", arguments: [rowID])
        return loadQuote(row: row, countries: countries)
    }

    /// A quote from its row and its countries (read by the caller).
    static func loadQuote(row: Row, countries: [String]) -> Quote {
        let body: String = row["body"]
        let paragraphs: [String] = (row["paragraphs"] as String?).map(LibraryText.strings(fromJSON:)) ?? LibraryText.paragraphs(of: body)
        let mentions = MentionColumn.mentions(fromJSON: row["mentions"])
        return Quote(id: row["quote_id"], expertID: row["expert_id"], section: row["section"], paragraphs: paragraphs,
                     countries: countries, mentions: mentions,
                     source: SourceSpan(startLine: row["start_line"], endLine: row["end_line"],
                                        startByte: row["start_byte"], endByte: row["end_byte"]))
    }
}
