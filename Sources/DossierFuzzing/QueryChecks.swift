import DossierCore
import DossierLibrary
import Foundation

/// A query the parser accepts runs in the library without an engine error, and the library
/// (FTS5) and the in-memory evaluator pick the same quotes.
enum QueryChecks {
    /// Countries by name, as the command line and the browser resolve them.
    static let countries = ClosureCountryResolver { Gazetteer.resolve($0) }

    static func check(_ data: Data) throws {
        let text = String(decoding: data, as: UTF8.self)
        let query: Query
        do { query = try Query.parse(text, countries: countries) } catch is DossierError { return }
        let fixture = try QueryLibrary.shared.get()
        let hits: [SearchHit]
        do {
            hits = try fixture.library.search(query, limit: 1000)
            _ = try fixture.library.browseMatchPositions(query, filter: BrowseFilter(), isCancelled: { false })
        } catch {
            throw InvariantViolation("valid query \(text.debugDescription) fails in the library: \(error)")
        }
        let fromLibrary = hits.map(\.quoteID).sorted()
        let inMemory = query.matchingQuotes(in: fixture.article).map(\.id).sorted()
        try require(fromLibrary == inMemory,
                    "query \(text.debugDescription): library finds \(fromLibrary), the in-memory evaluator \(inMemory)")
    }
}

/// The library the query target searches: `SampleRoundup` imported into a fresh file in
/// shared memory (`/dev/shm` when there is one), made once per process.
final class QueryLibrary: Sendable {
    static let shared = QueryLibrary()
    /// The folder holding the library file, removed when the process exits normally.
    let directory: String
    private let made: Result<(library: Library, article: Article), any Error>

    private init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let directory = "\(base)/dossier-fuzz-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        self.directory = directory
        atexit { try? FileManager.default.removeItem(atPath: QueryLibrary.shared.directory) }
        made = Result {
            let library = try Library(path: directory + "/library.sqlite")
            let article = try ImporterChecks.importer.parse(data: Data(SampleRoundup.text.utf8), fileName: "sample.md")
            _ = try library.add(article)
            return (library, article)
        }
    }

    func get() throws -> (library: Library, article: Article) { try made.get() }
}
