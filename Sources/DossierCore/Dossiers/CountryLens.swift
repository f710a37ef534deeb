/// One country seen across a library: the experts ranked by their quotes about it and a
/// month-by-month count from the articles' dates. Pure: built from `Tally` rows, which a
/// library aggregates in SQL and an in-memory source counts one quote at a time.
public struct CountryLens: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code (or `XK`).
    public var code: String
    /// Quotes about the country.
    public var quoteCount: Int
    /// Most quotes first; ties by name, then id.
    public var experts: [ExpertCount]
    /// Every month from the first to the last dated quote (`YYYY-MM`), zeros included.
    public var months: [PeriodCount]
    /// Quotes in articles dated by the year only (`YYYY`), per year.
    public var yearOnly: [PeriodCount]
    /// Quotes in undated articles.
    public var undated: Int

    /// An expert and their quotes about the country.
    public struct ExpertCount: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var count: Int
    }

    /// Quotes in one period (`YYYY-MM`, or `YYYY`).
    public struct PeriodCount: Codable, Sendable, Hashable {
        public var period: String
        public var count: Int

        public init(period: String, count: Int) {
            self.period = period
            self.count = count
        }
    }

    /// `count` quotes about the country by one expert (printed as `name`) in articles dated `date`.
    public struct Tally: Sendable, Hashable {
        public var expertID: String
        public var name: String
        /// Article date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or just its `YYYY-MM` part; nil when undated.
        public var date: String?
        public var count: Int

        public init(expertID: String, name: String, date: String?, count: Int = 1) {
            self.expertID = expertID
            self.name = name
            self.date = date
            self.count = count
        }
    }

    /// The lens on `code` from tallies in any order; an expert's name is the one printed
    /// with most of their quotes (ties: the alphabetically first), so any grouping agrees.
    public init(code: String, tallies: [Tally]) {
        self.code = code
        var perExpert: [String: Int] = [:]
        var perName: [String: [String: Int]] = [:]
        var perMonth: [String: Int] = [:]
        var perYear: [String: Int] = [:]
        var undated = 0, total = 0
        for tally in tallies where tally.count > 0 {
            total += tally.count
            perExpert[tally.expertID, default: 0] += tally.count
            perName[tally.expertID, default: [:]][tally.name, default: 0] += tally.count
            if let date = tally.date, date.count >= 7 {
                perMonth[String(date.prefix(7)), default: 0] += tally.count
            } else if let date = tally.date, date.count >= 4 {
                perYear[String(date.prefix(4)), default: 0] += tally.count
            } else {
                undated += tally.count
            }
        }
        quoteCount = total
        self.undated = undated
        experts = perExpert.map { id, count in
            let names = perName[id] ?? [:]
            let name = names.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key ?? id
            return ExpertCount(id: id, name: name, count: count)
        }.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.name != b.name { return a.name < b.name }
            return a.id < b.id
        }
        months = Self.filled(perMonth)
        yearOnly = perYear.sorted { $0.key < $1.key }.map { PeriodCount(period: $0.key, count: $0.value) }
    }

    /// Every month between the first and last key, with zero for months without quotes.
    /// Keys that are not `YYYY-MM` are kept as they are, after the months.
    static func filled(_ counts: [String: Int]) -> [PeriodCount] {
        let parsed = counts.keys.compactMap { key -> (Int, Int)? in
            let parts = key.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            return (year, month)
        }
        guard let first = parsed.min(by: <), let last = parsed.max(by: <) else {
            return counts.sorted { $0.key < $1.key }.map { PeriodCount(period: $0.key, count: $0.value) }
        }
        var result: [PeriodCount] = []
        var (year, month) = first
        while (year, month) <= last {
            let key = "\(year)-\(month < 10 ? "0" : "")\(month)"
            result.append(PeriodCount(period: key, count: counts[key] ?? 0))
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        let odd = counts.filter { key, _ in !result.contains { $0.period == key } }
        return result + odd.sorted { $0.key < $1.key }.map { PeriodCount(period: $0.key, count: $0.value) }
    }
}
