import Foundation

/// Builds Web Annotation selectors for a byte span of a source file.
public enum TextAnchoring {
    /// Characters of context kept on each side of the quote.
    public static let contextLength = 32

    /// The target for `span` in `source`, or nil when the span lies outside the data.
    public static func target(in source: Data, span: SourceSpan, sourceName: String) -> AnnotationTarget? {
        let bytes = [UInt8](source)
        guard span.startByte >= 0, span.startByte <= span.endByte, span.endByte <= bytes.count else { return nil }
        let exact = String(decoding: bytes[span.startByte..<span.endByte], as: UTF8.self)
        return AnnotationTarget(
            source: sourceName,
            textQuote: TextQuoteSelector(
                exact: exact,
                prefix: prefix(of: bytes, before: span.startByte),
                suffix: suffix(of: bytes, after: span.endByte)
            ),
            textPosition: TextPositionSelector(start: span.startByte, end: span.endByte)
        )
    }

    /// Up to `contextLength` characters that end at byte `offset`.
    static func prefix(of bytes: [UInt8], before offset: Int) -> String {
        let window = max(0, offset - contextLength * 8)
        var text = String(decoding: bytes[window..<offset], as: UTF8.self)
        if window > 0, text.first == "\u{FFFD}" { text.removeFirst() }
        return String(text.suffix(contextLength))
    }

    /// Up to `contextLength` characters that start at byte `offset`.
    static func suffix(of bytes: [UInt8], after offset: Int) -> String {
        let window = min(bytes.count, offset + contextLength * 8)
        return String(String(decoding: bytes[offset..<window], as: UTF8.self).prefix(contextLength))
    }
}
