import ArgumentParser
import DossierCore
import Foundation
import LayoutGenerator

/// `variants N`: generates labelled articles in many layouts, imports them and prints per-family figures.
struct Variants: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score the importer on N generated layout variants.")
    @Argument var count: Int
    @Option var seed: UInt64 = 20_260_301
    @Option(help: "Only this family (\(LayoutFamily.allCases.map(\.rawValue).joined(separator: ", "))).") var family: String?
    @Option(name: .customLong("show-failures"), help: "Print up to K failing articles with snippets and diffs.") var showFailures = 0

    func run() throws {
        var families = LayoutFamily.allCases
        if let family {
            guard let chosen = LayoutFamily(rawValue: family) else { throw ValidationError("unknown family \(family)") }
            families = [chosen]
        }
        var report = LayoutReport()
        var shown = 0
        for rendered in LayoutGenerator.sample(count: count, seed: seed, families: families) {
            let (score, _) = LayoutScorer.run(rendered)
            report.add(score)
            if !score.isPerfect, shown < showFailures {
                shown += 1
                print("=== \(rendered.fileName)  [\(rendered.label.variation)]  exact \(score.exact)/\(score.expected), got \(score.got)")
                let lines = rendered.text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
                for line in lines.prefix(40) { print("  | " + String(line.prefix(160))) }
                if lines.count > 40 { print("  | … (\(lines.count - 40) more lines)") }
                print(LayoutScorer.diff(score))
                print()
            }
        }
        print(report.table)
    }
}

/// `variants-dump N DIR`: writes the generated articles and their `.json` labels.
struct VariantsDump: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "variants-dump", abstract: "Write N generated layout variants and labels into DIR.")
    @Argument var count: Int
    @Argument var directory: String
    @Option var seed: UInt64 = 20_260_301
    @Option var family: String?

    func run() throws {
        var families = LayoutFamily.allCases
        if let family {
            guard let chosen = LayoutFamily(rawValue: family) else { throw ValidationError("unknown family \(family)") }
            families = [chosen]
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for rendered in LayoutGenerator.sample(count: count, seed: seed, families: families) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(rendered.fileName)
            try Data(rendered.text.utf8).write(to: url)
            try encoder.encode(rendered.label).write(to: url.deletingPathExtension().appendingPathExtension("json"))
        }
        print("wrote \(count) articles and labels to \(directory)")
    }
}
