import DossierCore
import GRDB

/// Pair terms for phrases of common words (Lucene's CommonGrams): a phrase such as "of the"
/// is cheap only if its quotes are listed somewhere, because bm25 needs its exact quote count
/// and every quote contains both words. So wherever two common terms stand next to each
/// other in a column, the pair is indexed as one more term (its postings carry the pair's
/// positions and weighted count, as FTS5 counts the phrase; its quotes' lengths stay the
/// token counts). A phrase of common words then reads one list, with block bounds.
///
/// The common terms are chosen from a sample when the accelerator is rebuilt (or when a
/// library first reaches `minimumQuotes`) and kept in `accel_common`; imports and deletes use
/// the stored set, so a pair is listed for every quote or for none.
enum CommonPairs {
    /// A library with fewer quotes has no common terms (a sample would be noise, and its
    /// phrases are fast anyway).
    static let minimumQuotes = 1_000
    /// Quotes sampled to choose them, at most (spread over the row ids).
    static let sampleLimit = 20_000
    /// A term is common when at least this share of the sampled quotes contains it.
    static let commonShare = 0.05
    /// At most this many common terms (the most frequent).
    static let maximumTerms = 400
    /// A library that reaches `minimumQuotes` by small imports gets its pairs by a rebuild inside
    /// the import, but only up to this size; beyond it, by the next rebuild or bulk import.
    static let automaticRebuildLimit = 50_000

    /// The pair's term. Tokens never contain control characters or spaces, so the name
    /// cannot collide with a token, and no prefix query (a token's first bytes) reaches it.
    static func name(_ first: String, _ second: String) -> String { "\u{1}" + first + " " + second }

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE accel_common (term TEXT PRIMARY KEY) WITHOUT ROWID;
            ALTER TABLE accel_state ADD COLUMN commons_chosen INTEGER NOT NULL DEFAULT 0;
            """)
    }

    /// Whether the common terms have been chosen (the set may be empty).
    static func chosen(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT commons_chosen FROM accel_state WHERE id = 1") ?? false
    }

    /// The stored common terms.
    static func stored(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT term FROM accel_common"))
    }

    /// Which of `tokens` are common.
    static func common(among tokens: [String], _ db: Database) throws -> Set<String> {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM accel_common WHERE term = ?")
        return Set(try tokens.filter { try Bool.fetchOne(statement, arguments: [$0]) == true })
    }

    /// Chooses the common terms from a sample of the quotes and stores them: none (and not
    /// chosen) below `minimumQuotes`. The sample is tokenized in one part per tokenizer, in
    /// parallel (the counts are sums, so the choice does not depend on the parts).
    static func choose(_ db: Database, _ tokenizers: [SendableTokenizer]) throws -> Set<String> {
        try db.execute(sql: "DELETE FROM accel_common; UPDATE accel_state SET commons_chosen = 0")
        let quotes = try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0
        guard quotes >= minimumQuotes, !tokenizers.isEmpty else { return [] }
        let step = max(1, quotes / sampleLimit)
        let sample = try Row.fetchAll(db, sql: """
            SELECT body, expert_name, credentials, heading, title FROM quote WHERE id % ? = 0 LIMIT ?
            """, arguments: [step, sampleLimit]).map { row in (0..<5).map { row[$0] as String? } }
        let ranges = contiguousParts(sample.count, tokenizers.count)
        let counts = try parallelMap(Array(tokenizers.indices)) { part in
            Result { try frequencies(sample[ranges[part]], tokenizers[part].tokenizer) }
        }.map { try $0.get() }
        var frequency: [String: Int] = [:]
        for part in counts { frequency.merge(part, uniquingKeysWith: +) }
        let threshold = max(1, Int((Double(sample.count) * commonShare).rounded(.up)))
        let common = frequency.filter { $0.value >= threshold }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(maximumTerms).map(\.key)
        let insert = try db.cachedStatement(sql: "INSERT INTO accel_common (term) VALUES (?)")
        for term in common { try insert.execute(arguments: [term]) }
        try db.execute(sql: "UPDATE accel_state SET commons_chosen = 1")
        return Set(common)
    }

    /// In how many of `quotes` (their five columns) each token occurs.
    private static func frequencies(_ quotes: ArraySlice<[String?]>, _ tokenizer: IndexTokenizer) throws -> [String: Int] {
        var frequency: [String: Int] = [:]
        for columns in quotes {
            var seen = Set<String>()
            for text in columns {
                guard let text else { continue }
                for token in try tokenizer.tokens(text) { seen.insert(token) }
            }
            for token in seen { frequency[token, default: 0] += 1 }
        }
        return frequency
    }

    /// The parts a phrase of `tokens` is read from: common neighbours as one pair term at the
    /// first's offset, other tokens alone; a lone common last token joins its neighbour's pair
    /// instead (overlapping it), so a phrase of common words never reads a single common list.
    static func parts(of tokens: [String], common: Set<String>) -> [(term: String, offset: Int)] {
        var parts: [(term: String, offset: Int)] = []
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, common.contains(tokens[index]), common.contains(tokens[index + 1]) {
                parts.append((name(tokens[index], tokens[index + 1]), index))
                index += 2
            } else {
                parts.append((tokens[index], index))
                index += 1
            }
        }
        let last = tokens.count - 1
        if last > 0, parts.count > 1, parts[parts.count - 1].offset == last,
           common.contains(tokens[last - 1]), common.contains(tokens[last]) {
            parts[parts.count - 1] = (name(tokens[last - 1], tokens[last]), last - 1)
        }
        return parts
    }
}

extension Library {
    /// A line for `dossier index` when a rebuild would make ranked searches faster: blocks
    /// written before v17 still carry their positions (a library too large for the migration to
    /// cut them), or a library large enough for pair terms has none yet (made before they
    /// existed and too large to get them inside an import); else nil.
    public func acceleratorUpgradeNote() throws -> String? {
        try read { db in
            if try OccurrenceSplit.hasWholeBlocks(db) {
                return "ranked searches of common words are exact but slower until `dossier index --upgrade` stores positions apart"
            }
            guard try !CommonPairs.chosen(db), try IndexTotals.read(db).rows >= CommonPairs.minimumQuotes else { return nil }
            return "phrases of common words (\"of the\") are exact but slower until `dossier index --rebuild` adds pair terms"
        }
    }
}
