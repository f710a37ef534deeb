import Foundation

/// Writes a deterministic corpus of expert roundups in the Insider layout (title,
/// lede, section headings, `Name, credentials (City)` headers, “quoted” paragraphs).
struct CorpusGenerator {
    let seed: UInt64
    let words = Vocabulary.words(count: 30_000)
    let wordZipf = Zipf(count: 30_000, exponent: 1.0)
    let experts: [(name: String, credentials: String)]
    let expertZipf: Zipf

    init(seed: UInt64) {
        self.seed = seed
        var rng = SplitMix(seed: seed ^ 0xE4)
        var experts: [(String, String)] = []
        var names = Set<String>()
        while experts.count < 4000 {
            let name = "\(Vocabulary.firstNames.randomElement(using: &rng) ?? "Ann") \(Vocabulary.lastNames.randomElement(using: &rng) ?? "Lee")"
                + (experts.count >= 700 ? "-\(Self.capitalised(Vocabulary.syllables.randomElement(using: &rng) ?? "ka"))\(Vocabulary.syllables.randomElement(using: &rng) ?? "ro")" : "")
            guard names.insert(name).inserted else { continue }
            let credentials = "\(Vocabulary.roles.randomElement(using: &rng) ?? "Analyst") at \(Vocabulary.institutions.randomElement(using: &rng) ?? "") (\(Vocabulary.cities.randomElement(using: &rng) ?? ""))"
            experts.append((name, credentials))
        }
        self.experts = experts
        expertZipf = Zipf(count: experts.count, exponent: 0.9)
    }

    static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    func sentence(_ rng: inout SplitMix) -> String {
        let length = Int.random(in: 8...24, using: &rng)
        var parts: [String] = []
        for index in 0..<length {
            if Int.random(in: 0..<40, using: &rng) == 0 {
                parts.append(Vocabulary.countries.randomElement(using: &rng) ?? "Russia")
            } else {
                parts.append(words[wordZipf.sample(&rng)])
            }
            if index > 2 && index < length - 2 && Int.random(in: 0..<12, using: &rng) == 0 { parts[parts.count - 1] += "," }
        }
        return Self.capitalised(parts.joined(separator: " ")) + "."
    }

    func paragraph(bytes: Int, _ rng: inout SplitMix) -> String {
        var text = ""
        while text.utf8.count < bytes { text += (text.isEmpty ? "" : " ") + sentence(&rng) }
        return text
    }

    /// The article with index `n`; the same `n` and seed always give the same text.
    func article(_ n: Int) -> String {
        var rng = SplitMix(seed: seed &+ UInt64(n) &* 0x9E37_79B9)
        let targetBytes = Int.random(in: 15_000...35_000, using: &rng)
        let quoteCount = Int.random(in: 10...50, using: &rng)
        let expertCount = Int.random(in: 3...min(9, quoteCount), using: &rng)
        var chosen: [Int] = []
        while chosen.count < expertCount {
            let index = expertZipf.sample(&rng)
            if !chosen.contains(index) { chosen.append(index) }
        }
        let sectionCount = Int.random(in: 2...5, using: &rng)
        let headings = Array(Vocabulary.headings.shuffled(using: &rng).prefix(sectionCount))
        let title = "\(Vocabulary.countries.randomElement(using: &rng) ?? "Russia") and \(Vocabulary.countries.randomElement(using: &rng) ?? "Iran") "
            + "weigh \(words[wordZipf.sample(&rng)]) \(words[wordZipf.sample(&rng)]) as talks stall, experts say (no. \(n))"
        var text = "News\n\n\(title)\n\n\(paragraph(bytes: 400, &rng))\n\nThe newsroom spoke with regional experts about what comes next.\n"
        let quoteBytes = max(200, (targetBytes - 1_000) / quoteCount)
        var introduced = Set<Int>()
        for quoteIndex in 0..<quoteCount {
            let section = quoteIndex * sectionCount / quoteCount
            if quoteIndex == 0 || section != (quoteIndex - 1) * sectionCount / quoteCount {
                text += "\n\(headings[section])\n"
            }
            let expert = chosen[quoteIndex % chosen.count]
            let (name, credentials) = experts[expert]
            text += introduced.insert(expert).inserted ? "\n\(name), \(credentials)\n\n" : "\n\(name)\n\n"
            let paragraphs = Int.random(in: 1...3, using: &rng)
            let body = (0..<paragraphs).map { _ in paragraph(bytes: quoteBytes / paragraphs, &rng) }
            text += "“" + body.joined(separator: "\n") + "”\n"
        }
        text += "\nSubscribe to our newsletter\n"
        return text
    }

    /// Writes articles `0..<count` under `directory` (in subfolders of 1,000).
    func write(count: Int, to directory: String) throws -> Int {
        var total = 0
        for n in 0..<count {
            let folder = "\(directory)/\(String(format: "%03d", n / 1000))"
            if n % 1000 == 0 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let data = Data(article(n).utf8)
            total += data.count
            try data.write(to: URL(fileURLWithPath: "\(folder)/article-\(String(format: "%06d", n)).txt"))
        }
        return total
    }
}
