import DossierFuzzing
import Foundation
import Testing

/// Every input `make fuzz` ever found (Tests/Fixtures/fuzz-regressions/TARGET/) and every seed
/// of the fuzzing corpus (Fuzz/Corpus/TARGET/) keeps its target's invariants, in time.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// A debug build is ~10× slower than the release build the fuzzer's 1 s limit applies to.
    static let secondsPerInput = 10.0

    static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
        let directory = root.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    static func check(_ target: FuzzTarget, _ file: URL) throws {
        let data = try Data(contentsOf: file)
        let start = Date()
        do {
            try target.check(data)
        } catch {
            Issue.record("\(target.rawValue) \(file.lastPathComponent): \(error)")
        }
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < secondsPerInput, "\(target.rawValue) \(file.lastPathComponent) took \(seconds) s")
    }

    @Test(arguments: FuzzTarget.allCases) func findingsStayFixed(_ target: FuzzTarget) throws {
        for file in Self.inputs("Tests/Fixtures/fuzz-regressions", target) { try Self.check(target, file) }
    }

    @Test(arguments: FuzzTarget.allCases) func seedCorpusKeepsTheInvariants(_ target: FuzzTarget) throws {
        let files = Self.inputs("Fuzz/Corpus", target)
        #expect(!files.isEmpty)
        for file in files { try Self.check(target, file) }
    }
}
