import Foundation

/// One parser that `make fuzz` drives, and the invariants it must keep on any input.
/// A libFuzzer entry point (`Fuzz/Sources/…`) and the regression tests both call `check`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `ArticleImporter` on plain text.
    case importerText = "importer-text"
    /// `ArticleImporter` on Markdown.
    case importerMarkdown = "importer-markdown"
    /// An HTML page to page text, then the importer (`HTMLPage`).
    case html
    /// `Query.parse` and its compilation to SQL, run against a small library.
    case query
    /// `ExportReader` and the checks `dossier verify` runs on what it reads.
    case exportReader = "export-reader"

    /// Runs the target on `data`; throws `InvariantViolation` when an invariant fails.
    /// Inputs the parser refuses with a `DossierError` are fine.
    public func check(_ data: Data) throws {
        switch self {
        case .importerText: try ImporterChecks.check(data, markdown: false)
        case .importerMarkdown: try ImporterChecks.check(data, markdown: true)
        case .html: try ImporterChecks.checkHTML(data)
        case .query: try QueryChecks.check(data)
        case .exportReader: try ExportReaderChecks.check(data)
        }
    }

    /// Runs the target once on a built-in roundup, so the one-time work (the gazetteer, the name
    /// lexicon, libxml2, the query target's library) is not charged to the first input's time limit.
    public func prepare() {
        let sample = Data(SampleRoundup.text.utf8)
        try? check(self == .html ? Data("<html><body><article>\(SampleRoundup.text)</article></body></html>".utf8) : sample)
        try? ImporterChecks.check(sample, markdown: true)
    }

    /// The libFuzzer callback body: runs `check` and aborts (a finding) on a violation.
    public func fuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        do {
            try check(data)
        } catch {
            FileHandle.standardError.write(Data("dossier-fuzz \(rawValue): \(error)\n".utf8))
            abort()
        }
        return 0
    }
}

/// An invariant that an input broke (a fuzzing finding that is not a crash).
public struct InvariantViolation: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Throws an `InvariantViolation` with `message` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw InvariantViolation(message()) }
}
