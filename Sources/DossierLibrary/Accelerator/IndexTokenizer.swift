import GRDB

/// The full-text index's own tokenizer (`porter unicode61 remove_diacritics 2`, SQLite's
/// code), so the accelerator's terms, positions and lengths are exactly FTS5's.
final class IndexTokenizer {
    static let descriptor = FTS5TokenizerDescriptor(components: ["porter", "unicode61", "remove_diacritics", "2"])
    private let tokenizer: any FTS5Tokenizer
    private var scratch = TokenScratch()

    init(_ db: Database) throws {
        tokenizer = try db.makeTokenizer(Self.descriptor)
    }

    /// The tokens of `text` as FTS5 indexes a document (or, with `query`, as it reads a
    /// MATCH phrase; `prefix` for a phrase ending in `*`), one per position.
    func tokens(_ text: String, query: Bool = false, prefix: Bool = false) throws -> [String] {
        var tokens: [String] = []
        try forEachToken(text, query: query, prefix: prefix) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        return tokens
    }

    /// Calls `body` with each token's UTF-8 bytes, in order, as `tokens` lists them (a rebuild
    /// interns tokens from their bytes: making and hashing a String for each was a tenth of it).
    func forEachToken(_ text: String, query: Bool = false, prefix: Bool = false,
                      _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        scratch.bytes.removeAll(keepingCapacity: true)
        scratch.ends.removeAll(keepingCapacity: true)
        var flags: FTS5Tokenization = query ? .query : .document
        if prefix { flags.insert(.prefix) }
        var utf8 = ContiguousArray(text.utf8)
        utf8.append(0)
        let code = utf8.withUnsafeBufferPointer { buffer -> CInt in
            guard let base = buffer.baseAddress else { return 0 }
            return withUnsafeMutablePointer(to: &scratch) { context in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pText in
                    tokenizer.tokenize(context: UnsafeMutableRawPointer(context), tokenization: flags,
                                       pText: pText, nText: CInt(buffer.count - 1), tokenCallback: collect)
                }
            }
        }
        guard code == 0 else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        let ends = scratch.ends
        scratch.bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in ends {
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
        }
    }
}

private struct TokenScratch {
    var bytes: [UInt8] = []
    var ends: [Int] = []
}

/// The tokenizer's callback: appends each token's bytes (colocated tokens never occur with
/// this tokenizer; a token counts once, as FTS5 counts it).
private let collect: FTS5TokenCallback = { context, _, token, length, _, _ in
    guard let context, let token, length >= 0 else { return 0 }
    let scratch = context.assumingMemoryBound(to: TokenScratch.self)
    token.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { bytes in
        scratch.pointee.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
    }
    scratch.pointee.ends.append(scratch.pointee.bytes.count)
    return 0
}
