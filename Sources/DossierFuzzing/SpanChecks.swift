import DossierCore
import Foundation

/// Every quote's source span lies inside the input and holds the start of the quote's first
/// word (three characters: Markdown link syntax may split a longer word in the source).
enum SpanChecks {
    static func check(_ article: Article, in input: Data) throws {
        let lineCount = SourceLines.split(String(decoding: input, as: UTF8.self)).count
        for quote in article.quotes {
            let span = quote.source
            try require(0 <= span.startByte && span.startByte <= span.endByte && span.endByte <= input.count,
                        "quote \(quote.id): bytes \(span.startByte)..<\(span.endByte) outside the input's \(input.count)")
            try require(1 <= span.startLine && span.startLine <= span.endLine && span.endLine <= lineCount,
                        "quote \(quote.id): lines \(span.startLine)–\(span.endLine) outside the input's \(lineCount)")
            try require(!quote.paragraphs.isEmpty, "quote \(quote.id) has no paragraph")
            guard let word = firstWord(quote.paragraphs[0]) else { continue }
            let spanText = SourceLines.split(String(decoding: input[input.startIndex + span.startByte ..< input.startIndex + span.endByte], as: UTF8.self))
                .map(\.text).joined(separator: " ")
            try require(spanText.contains(word), "quote \(quote.id): its first word \(word.debugDescription) is not in its span \(spanText.prefix(80).debugDescription)")
        }
    }

    /// The first letters or digits of `text` (at most three).
    static func firstWord(_ text: String) -> String? {
        let word = text.drop { !($0.isLetter || $0.isNumber) }.prefix { $0.isLetter || $0.isNumber }.prefix(3)
        return word.isEmpty ? nil : String(word)
    }
}
