/// Finds the countries a quote is about. The importer calls it once per quote.
public protocol CountryTagging: Sendable {
    /// Mentions in the paragraphs of one quote; `date` is the article's ISO date when known.
    func mentions(in paragraphs: [String], date: String?) -> [CountryMention]
}
