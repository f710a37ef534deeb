import DossierCore
import GRDB

/// The expert dossier and the country lens, read through the indexes on the expert
/// (`article_expert_by_expert`, `quote_by_expert`) and the country (`quote_country`'s key),
/// then built by the pure `ExpertDossier` and `CountryLens` the in-memory source uses too.
extension Library {
    /// Every expert as `ExpertMatching` compares them (id and stored name).
    public func expertCandidates() throws -> [ExpertMatching.Candidate] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM expert ORDER BY id").map { ExpertMatching.Candidate(id: $0["id"], name: $0["name"]) }
        }
    }

    /// Resolves what a user typed (id, exact name, unique part of a name) to an expert.
    public func resolveExpert(_ text: String) throws -> ExpertMatching.Resolution {
        let byID = try read { db in
            try Row.fetchOne(db, sql: "SELECT id, name FROM expert WHERE id IN (?, ?) ORDER BY id = ? DESC LIMIT 1",
                             arguments: [text, ExpertMatching.key(text), text])
        }
        if let row = byID { return .found(ExpertMatching.Candidate(id: row["id"], name: row["name"])) }
        return ExpertMatching.resolve(text, among: try expertCandidates())
    }

    /// The dossier of the expert with this id, or nil when no article lists them.
    public func expertDossier(expertID: String) throws -> ExpertDossier? {
        try read { db in
            let articleRows = try Row.fetchAll(db, sql: """
                SELECT ae.article_id, ae.name, ae.credentials, a.fingerprint, a.title, a.publication, a.url, a.date
                FROM article_expert ae JOIN article a ON a.id = ae.article_id WHERE ae.expert_id = ? ORDER BY a.id, ae.ordinal
                """, arguments: [expertID])
            let quotes = try Self.dossierQuotes(expertID: expertID, db)
            var others: [Int64: [Expert]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT o.article_id, o.expert_id, o.name, o.credentials FROM article_expert ae
                JOIN article_expert o ON o.article_id = ae.article_id
                WHERE ae.expert_id = ? AND o.expert_id <> ? ORDER BY o.article_id, o.ordinal
                """, arguments: [expertID, expertID]) {
                others[row["article_id"], default: []].append(Expert(id: row["expert_id"], name: row["name"], credentials: row["credentials"]))
            }
            let appearances = articleRows.map { row in
                let id: Int64 = row["article_id"]
                let article = DossierArticle(fingerprint: row["fingerprint"], title: row["title"], publication: row["publication"],
                                             url: row["url"], date: row["date"], importOrder: Int(id))
                return ExpertAppearance(article: article, expert: Expert(id: expertID, name: row["name"], credentials: row["credentials"]),
                                        quotes: quotes[id] ?? [], others: others[id] ?? [])
            }
            return ExpertDossier(appearances: appearances)
        }
    }

    /// The expert's quotes per article row id, in document order, with their countries read in
    /// one query; without mentions, which a dossier does not carry.
    private static func dossierQuotes(expertID: String, _ db: Database) throws -> [Int64: [Quote]] {
        var countries: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.quote_rowid, c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
            WHERE q.expert_id = ? ORDER BY c.quote_rowid, c.code
            """, arguments: [expertID]) {
            countries[row["quote_rowid"], default: []].append(row["code"])
        }
        var quotes: [Int64: [Quote]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, quote_id, article_id, expert_id, section, paragraphs, body, start_line, end_line, start_byte, end_byte
            FROM quote WHERE expert_id = ? ORDER BY article_id, ordinal
            """, arguments: [expertID]) {
            let body: String = row["body"]
            let paragraphs = (row["paragraphs"] as String?).map(LibraryText.strings(fromJSON:)) ?? LibraryText.paragraphs(of: body)
            quotes[row["article_id"], default: []].append(Quote(
                id: row["quote_id"], expertID: row["expert_id"], section: row["section"], paragraphs: paragraphs,
                countries: countries[row["id"]] ?? [],
                source: SourceSpan(startLine: row["start_line"], endLine: row["end_line"],
                                   startByte: row["start_byte"], endByte: row["end_byte"])))
        }
        return quotes
    }

    /// The lens on one country code (uppercased): its experts (named as the library first stored
    /// them) and months, from the quotes about it. The quotes' experts and the articles' dates come
    /// from the covering indexes `quote_lens` and `article_lens` (v14), never from the wide rows.
    public func countryLens(code: String) throws -> CountryLens {
        let code = code.uppercased()
        let tallies = try read { db in
            // SQLite prefers the rowid tables without statistics, so the indexes are named (when there).
            let covered = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('quote_lens', 'article_lens')") == 2
            return try Row.fetchAll(db, sql: """
                SELECT t.expert_id, coalesce(e.name, t.expert_id) AS name, t.month, t.n FROM (
                    SELECT q.expert_id, substr(a.date, 1, 7) AS month, count(*) AS n
                    FROM quote_country c JOIN quote q \(covered ? "INDEXED BY quote_lens" : "") ON q.id = c.quote_rowid
                    JOIN article a \(covered ? "INDEXED BY article_lens" : "") ON a.id = q.article_id
                    WHERE c.code = ? GROUP BY q.expert_id, month) t
                LEFT JOIN expert e ON e.id = t.expert_id
                """, arguments: [code]).map {
                CountryLens.Tally(expertID: $0["expert_id"], name: $0["name"], date: $0["month"], count: $0["n"])
            }
        }
        return CountryLens(code: code, tallies: tallies)
    }
}
