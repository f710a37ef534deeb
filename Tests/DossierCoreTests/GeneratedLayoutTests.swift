import Foundation
import LayoutGenerator
import Testing

/// The importer against the layout generator: a fixed seeded sample of articles in every family,
/// every quote exact (expert, section and each paragraph).
/// `dossier-bench variants N` prints the same figures for any sample size and seed.
@Suite struct GeneratedLayoutTests {
    static let seed: UInt64 = 20_260_301
    static let count = 14 * 24

    @Test func everyQuoteOfEveryFamilyIsExact() {
        var report = LayoutReport()
        var failures: [String] = []
        for rendered in LayoutGenerator.sample(count: Self.count, seed: Self.seed) {
            let (score, _) = LayoutScorer.run(rendered)
            report.add(score)
            if !score.isPerfect, failures.count < 5 {
                failures.append("\(rendered.fileName) [\(rendered.label.variation)]\n\(LayoutScorer.diff(score))")
            }
        }
        #expect(LayoutFamily.allCases.allSatisfy { report.families[$0.rawValue] != nil })
        #expect(report.overall.articles >= 300)
        #expect(report.overall.exact == report.overall.total && report.overall.refused == 0 && report.overall.perfect == report.overall.articles,
                "\n\(report.table)\n\nfirst failures:\n\(failures.joined(separator: "\n\n"))")
    }

    /// The generator itself: deterministic, and every label is consistent with its article.
    @Test func generatorIsDeterministicAndLabelsAreWellFormed() {
        let first = LayoutGenerator.sample(count: 28, seed: 7)
        let again = LayoutGenerator.sample(count: 28, seed: 7)
        #expect(first.map(\.text) == again.map(\.text))
        #expect(first.map(\.label) == again.map(\.label))
        for article in first {
            let label = article.label
            #expect(!label.quotes.isEmpty, "\(article.fileName)")
            #expect(article.text.contains(label.title) || label.family == "hardWrapped", "\(article.fileName)")
            let names = Set(label.experts.map(\.name))
            for quote in label.quotes {
                #expect(names.contains(quote.expert), "\(article.fileName)")
                #expect(quote.section.map { label.sections.contains($0) } ?? true, "\(article.fileName)")
                #expect(quote.paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("⟪") }, "\(article.fileName)")
            }
        }
    }
}
