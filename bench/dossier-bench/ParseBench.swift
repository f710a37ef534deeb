import ArgumentParser
import DossierCore
import Foundation

/// `dossier-bench parse DIR`: single-threaded CPU cost of `ArticleImporter` (with the CLI's
/// country tagger), no library. Files are read into memory first; only parsing is timed.
struct ParseBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Time parsing + country tagging of every article under DIR (one thread).")
    @Argument var directory: String
    @Option var runs: Int = 3

    func run() throws {
        let inputs = try Self.articles(under: directory)
        guard !inputs.isEmpty else { throw ValidationError("no .txt or .md files under \(directory)") }
        let bytes = inputs.reduce(0) { $0 + $1.data.count }
        let importer = ArticleImporter(tagger: CountryTagger())
        for run in 1...max(1, runs) {
            var quotes = 0, failures = 0
            let start = Self.cpuSeconds()
            for input in inputs {
                if let article = try? importer.parse(data: input.data, fileName: input.name) {
                    quotes += article.quotes.count
                } else {
                    failures += 1
                }
            }
            let cpu = Self.cpuSeconds() - start
            print(String(format: "run %d: %d articles (%d failed), %d quotes, %.1f MB in %.2f CPU s: %.2f MB/s, %.2f ms/article",
                         run, inputs.count, failures, quotes, Double(bytes) / 1_048_576, cpu,
                         Double(bytes) / 1_048_576 / cpu, cpu * 1000 / Double(inputs.count)))
        }
    }

    /// Every .txt/.md file under `directory`, sorted by path, read into memory.
    static func articles(under directory: String) throws -> [(name: String, data: Data)] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { throw ValidationError("cannot read \(directory)") }
        let paths = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        return try paths.map { relative in
            let path = directory + "/" + relative
            return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    /// CPU time (user + system) of this process.
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
