import DossierCore
import GRDB

/// A row of `dossier list articles`.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var fingerprint: String
    public var title: String
    public var publication: String?
    public var date: String?
    public var sourcePath: String?
    public var importedAt: String
    public var quotes: Int
    public var experts: Int
}

/// A row of `dossier list experts|sections|countries`: a name and how often it occurs.
public struct CountedName: Sendable, Hashable, Codable {
    /// Stable key: expert id, folded section heading or country code.
    public var key: String
    public var name: String
    public var quotes: Int
    public var articles: Int
}

extension Library {
    public func articles() throws -> [ArticleSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.fingerprint, a.title, a.publication, a.date, a.source_path, a.imported_at,
                       (SELECT count(*) FROM quote q WHERE q.article_id = a.id) AS quotes,
                       (SELECT count(*) FROM article_expert e WHERE e.article_id = a.id) AS experts
                FROM article a ORDER BY a.date DESC, a.id
                """).map {
                ArticleSummary(fingerprint: $0["fingerprint"], title: $0["title"], publication: $0["publication"],
                               date: $0["date"], sourcePath: $0["source_path"], importedAt: $0["imported_at"],
                               quotes: $0["quotes"], experts: $0["experts"])
            }
        }
    }

    /// Experts across all articles (one row per expert, however many articles quote them).
    public func experts() throws -> [CountedName] {
        try counted(sql: """
            SELECT e.id AS key, e.name AS name, count(q.id) AS quotes, count(DISTINCT q.article_id) AS articles
            FROM expert e JOIN quote q ON q.expert_id = e.id
            GROUP BY e.id ORDER BY quotes DESC, e.name
            """)
    }

    /// Section headings, merged when they fold to the same words.
    public func sections() throws -> [CountedName] {
        try counted(sql: """
            SELECT q.section_key AS key, min(q.section) AS name, count(*) AS quotes, count(DISTINCT q.article_id) AS articles
            FROM quote q WHERE q.section IS NOT NULL
            GROUP BY q.section_key ORDER BY quotes DESC, name
            """)
    }

    /// Countries the quotes are about.
    public func countries() throws -> [CountedName] {
        try counted(sql: """
            SELECT c.code AS key, c.code AS name, count(*) AS quotes, count(DISTINCT q.article_id) AS articles
            FROM quote_country c JOIN quote q ON q.id = c.quote_rowid
            GROUP BY c.code ORDER BY quotes DESC, c.code
            """)
    }

    private func counted(sql: String) throws -> [CountedName] {
        try read { db in
            try Row.fetchAll(db, sql: sql).map {
                CountedName(key: $0["key"], name: $0["name"], quotes: $0["quotes"], articles: $0["articles"])
            }
        }
    }
}
