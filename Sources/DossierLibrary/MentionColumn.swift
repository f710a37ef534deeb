import DossierCore
import Foundation
import GRDB

/// A quote's country mentions stored as one JSON column (`quote.mentions`, v10):
/// `[[code, kind, text, paragraph, offset, length], …]` in mention order, NULL when none.
/// They are only ever read with their quote, so rows of their own (v1–v9's `mention`
/// table, three per quote on average) cost the importer B-tree inserts for nothing.
enum MentionColumn {
    private struct Stored: Codable {
        var mention: CountryMention

        init(_ mention: CountryMention) { self.mention = mention }

        init(from decoder: any Decoder) throws {
            var values = try decoder.unkeyedContainer()
            let code = try values.decode(String.self)
            let kind = CountryMention.Kind(rawValue: try values.decode(String.self)) ?? .name
            mention = CountryMention(code: code, kind: kind, text: try values.decode(String.self),
                                     paragraph: try values.decode(Int.self), offset: try values.decode(Int.self),
                                     length: try values.decode(Int.self))
        }

        func encode(to encoder: any Encoder) throws {
            var values = encoder.unkeyedContainer()
            try values.encode(mention.code)
            try values.encode(mention.kind.rawValue)
            try values.encode(LibraryText.clean(mention.text))
            try values.encode(mention.paragraph)
            try values.encode(mention.offset)
            try values.encode(mention.length)
        }
    }

    static func json(_ mentions: [CountryMention]) throws -> String? {
        guard !mentions.isEmpty else { return nil }
        return String(decoding: try JSONEncoder().encode(mentions.map(Stored.init)), as: UTF8.self)
    }

    static func mentions(fromJSON json: String?) -> [CountryMention] {
        guard let json else { return [] }
        return ((try? JSONDecoder().decode([Stored].self, from: Data(json.utf8))) ?? []).map(\.mention)
    }

    /// v10: moves the `mention` rows into `quote.mentions` and drops the table. The full-text
    /// update trigger now fires only when an indexed column changes, so filling the new
    /// column does not re-index every quote.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER quote_fts_update;
            CREATE TRIGGER quote_fts_update AFTER UPDATE OF body, expert_name, credentials, heading, title ON quote BEGIN
                INSERT INTO quote_fts(quote_fts, rowid, body, expert_name, credentials, heading, title)
                VALUES ('delete', old.id, old.body, old.expert_name, old.credentials, old.heading, old.title);
                INSERT INTO quote_fts(rowid, body, expert_name, credentials, heading, title)
                VALUES (new.id, new.body, new.expert_name, new.credentials, new.heading, new.title);
            END;
            ALTER TABLE quote ADD COLUMN mentions TEXT;
            UPDATE quote SET mentions = (
                SELECT json_group_array(json_array(code, kind, text, paragraph, offset, length))
                FROM (SELECT * FROM mention m WHERE m.quote_rowid = quote.id ORDER BY m.ordinal))
            WHERE id IN (SELECT quote_rowid FROM mention);
            DROP TABLE mention;
            """)
    }
}
