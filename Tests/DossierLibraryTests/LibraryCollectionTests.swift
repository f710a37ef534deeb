import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

/// Collections in the library (migration v14): members by fingerprint and quote id that outlive
/// reopening and `replace` (what `reparse` does), with vanished quotes reported, not dropped.
@Suite struct LibraryCollectionTests {
    let caucasus = SampleArticles.caucasus, balkans = SampleArticles.balkans

    func reference(_ article: Article, _ index: Int) -> QuoteReference {
        QuoteReference(fingerprint: article.fingerprint, quoteID: article.quotes[index].id)
    }

    func library() throws -> (Library, String) {
        let path = try temporaryDirectory() + "/lib.sqlite"
        let library = try Library(path: path)
        try library.add(caucasus)
        try library.add(balkans)
        return (library, path)
    }

    @Test func theMigrationIsRegisteredAfterV12UnderItsName() throws {
        let (library, _) = try library()
        let applied = try library.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("v14-collections"))
        #expect((applied.firstIndex(of: "v12-article-source") ?? .max) < (applied.firstIndex(of: "v14-collections") ?? -1))
        #expect(applied.contains("v12-article-source"))
        let indexes = try library.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") }
        for name in ["article_lens", "collection_member_by_article", "collection_member_by_quote", "quote_lens"] {
            #expect(indexes.contains(name), "\(name)")
        }
    }

    @Test func membersKeepTheirOrderAndSurviveReopening() throws {
        let (library, path) = try library()
        try library.addToCollection(named: "Piece", [reference(balkans, 1), reference(caucasus, 0)])
        let stored = try library.addToCollection(named: "piece", [reference(caucasus, 0), reference(caucasus, 3)])
        #expect(stored.name == "Piece")
        #expect(stored.members == [reference(balkans, 1), reference(caucasus, 0), reference(caucasus, 3)])

        let reopened = try Library(path: path)
        #expect(try reopened.collection(named: "PIECE")?.members == stored.members)
        #expect(try reopened.collections() == [CollectionSummary(name: "Piece", created: stored.created, updated: stored.updated, count: 3)])
        let members = try reopened.collectionMembers(named: "Piece")
        #expect(members.map { $0.quote?.quote.id } == [balkans.quotes[1].id, caucasus.quotes[0].id, caucasus.quotes[3].id])
        #expect(members[0].quote?.expert.name == "Milena Stanković")
    }

    @Test func replaceRemoveRenameAndDelete() throws {
        let (library, _) = try library()
        try library.replaceCollection(named: "A", members: [reference(caucasus, 1), reference(caucasus, 2), reference(caucasus, 1)])
        #expect(try library.collection(named: "A")?.members == [reference(caucasus, 1), reference(caucasus, 2)])
        #expect(try library.removeFromCollection(named: "A", [reference(caucasus, 1)]).members == [reference(caucasus, 2)])
        try library.addToCollection(named: "B", [])
        #expect(throws: DossierError.self) { try library.renameCollection(named: "A", to: "b") }
        try library.renameCollection(named: "A", to: "Final")
        #expect(try library.collection(named: "A") == nil)
        #expect(try library.collections().map(\.name) == ["B", "Final"])
        try library.deleteCollection(named: "final")
        #expect(try library.collections().map(\.name) == ["B"])
        #expect(try library.articleCount() == 2)
        for call in [{ try library.deleteCollection(named: "nope") }, { _ = try library.removeFromCollection(named: "nope", []) },
                     { try library.renameCollection(named: "nope", to: "x") }] {
            #expect(throws: DossierError("collection \"nope\": no such collection in the library \(library.path) (dossier collection list shows them)",
                                         code: .notFound), performing: call)
        }
        #expect(throws: DossierError.self) { try library.addToCollection(named: " ", [reference(caucasus, 0)]) }
    }

    @Test func membersFollowAReparsedArticleAndVanishedQuotesAreReported() throws {
        let (library, path) = try library()
        try library.addToCollection(named: "Piece", [reference(caucasus, 0), reference(caucasus, 3), reference(balkans, 0)])
        // A re-read that changes the fingerprint, keeps quote 1's id and words, and loses quote 4.
        var reparsed = caucasus
        reparsed.fingerprint = "9c941c53ffff0000aa"
        reparsed.quotes.removeLast()
        try library.replace(fingerprint: caucasus.fingerprint, with: PreparedArticle(reparsed, byteCount: 1))

        let members = try Library(path: path).collectionMembers(named: "Piece")
        #expect(members.map(\.reference) == [QuoteReference(fingerprint: reparsed.fingerprint, quoteID: caucasus.quotes[0].id),
                                             QuoteReference(fingerprint: reparsed.fingerprint, quoteID: caucasus.quotes[3].id),
                                             reference(balkans, 0)])
        #expect(members.map { $0.quote != nil } == [true, false, true])
        let exportable = try library.exportableQuotes(references: members.map(\.reference))
        #expect(exportable.map { $0?.quote.id } == [caucasus.quotes[0].id, nil, balkans.quotes[0].id])
    }

    @Test func quoteIDsResolveToReferences() throws {
        let (library, _) = try library()
        #expect(try library.quoteReferences(id: "9c941c53-2") == [reference(caucasus, 1)])
        #expect(try library.quoteReferences(id: "9C941C53D8712548-02") == [reference(caucasus, 1)])
        #expect(try library.quoteReferences(id: "9c941c53-09").isEmpty)
        #expect(try library.quoteReferences(id: "nonsense").isEmpty)
        #expect(QuoteIDForm("9c941c53-2")?.matches(reference(caucasus, 1)) == true)
        #expect(QuoteIDForm("9c941c53ff-2")?.matches(reference(caucasus, 1)) == false)
    }

    @Test func dossierAndLensComeFromTheIndexes() throws {
        let (library, _) = try library()
        let dossier = try #require(try library.expertDossier(expertID: "nerses-kopalyan"))
        #expect(dossier.quotes.map(\.quote.id) == ["9c941c53-02", "9c941c53-04", "1234abcd-01"])
        #expect(dossier.credentials.map(\.credentials) == ["Ph.D., Associate Professor at the University of Nevada (USA)", "Visiting fellow in Belgrade"])
        let lens = try library.countryLens(code: "ru")
        #expect(lens.quoteCount == 4)
        #expect(lens.months == [.init(period: "2024-03", count: 3), .init(period: "2024-04", count: 0), .init(period: "2024-05", count: 1)])
        #expect(lens.experts.map(\.id) == ["nerses-kopalyan", "grant-mikaelian", Expert.slug(for: "Андрей Арешев")])
        #expect(lens.experts.map(\.count) == [2, 1, 1])
        // The plans SQLite picks use the expert and country indexes, never a scan of the quotes.
        let plans = try library.read { db in
            try [("SELECT * FROM quote WHERE expert_id = ? ORDER BY article_id, ordinal", "x"),
                 ("SELECT count(*) FROM quote_country c JOIN quote q ON q.id = c.quote_rowid WHERE c.code = ?", "RU"),
                 ("SELECT * FROM article_expert WHERE expert_id = ?", "x")].map { sql, argument in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [argument]).map { $0["detail"] as String }.joined(separator: "; ")
            }
        }
        #expect(plans[0].contains("quote_by_expert"), "\(plans[0])")
        #expect(plans[1].contains("SEARCH c USING") || plans[1].contains("SEARCH quote_country"), "\(plans[1])")
        #expect(!plans[1].contains("SCAN q"), "\(plans[1])")
        #expect(plans[2].contains("article_expert_by_expert"), "\(plans[2])")
    }
}
