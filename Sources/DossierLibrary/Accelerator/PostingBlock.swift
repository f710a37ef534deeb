/// One quote's entry in a term's postings: the quote's row id, its length in tokens over all
/// columns (bm25's D), its weighted frequency of the term times two (the column weights 1, 2,
/// 0.5, 1, 0.5 become the integers 2, 4, 1, 2, 1), and the term's occurrences as
/// `position << 3 | column`, in column then position order (for phrases).
struct Posting: Equatable {
    var rowid: Int64
    var length: Int32
    var f2: Int32
    var occurrences: [UInt32]
}

/// A block's summary, stored beside its data: enough to bound any score in it.
struct BlockHeader: Equatable {
    var lastRowid: Int64
    var count: Int
    var maxF2: Int32
    var minLength: Int32
}

/// Decoded postings of one block, in row id order; `occurrences` only when asked for.
struct DecodedBlock {
    var rowids: [Int64] = []
    var lengths: [Int32] = []
    var f2: [Int32] = []
    /// Start of each posting's occurrences in `occurrences` (count + 1 entries).
    var occurrenceStarts: [Int] = []
    var occurrences: [UInt32] = []
}

/// The byte format of a block: count, row ids (first absolute, then deltas), lengths,
/// weighted frequencies, then per posting its occurrence count and occurrences; all varints.
/// Columns come one after another so scoring decodes only the first three.
enum PostingBlock {
    /// Postings per block: small enough for tight score bounds, large enough that a term's
    /// block headers stay few (a term in every quote of 10k articles has ~3,800 blocks).
    static let capacity = 128

    /// The column weights of `bm25(quote_fts, 1.0, 2.0, 0.5, 1.0, 0.5)`, doubled.
    static let doubledWeights: [Int32] = [2, 4, 1, 2, 1]

    static func header(_ postings: ArraySlice<Posting>) -> BlockHeader {
        BlockHeader(lastRowid: postings.last?.rowid ?? 0, count: postings.count,
                    maxF2: postings.map(\.f2).max() ?? 0, minLength: postings.map(\.length).min() ?? 0)
    }

    static func encode(_ postings: ArraySlice<Posting>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 8)
        Varint.append(UInt64(postings.count), to: &bytes)
        var previous: Int64 = 0
        for (index, posting) in postings.enumerated() {
            Varint.append(UInt64(index == 0 ? posting.rowid : posting.rowid - previous), to: &bytes)
            previous = posting.rowid
        }
        for posting in postings { Varint.append(UInt64(posting.length), to: &bytes) }
        for posting in postings { Varint.append(UInt64(posting.f2), to: &bytes) }
        for posting in postings {
            Varint.append(UInt64(posting.occurrences.count), to: &bytes)
            for occurrence in posting.occurrences { Varint.append(UInt64(occurrence), to: &bytes) }
        }
        return bytes
    }

    /// Decodes a block; nil when the bytes are not a well-formed block.
    static func decode(_ bytes: [UInt8], occurrences wantOccurrences: Bool) -> DecodedBlock? {
        bytes.withUnsafeBufferPointer { buffer -> DecodedBlock? in
            var offset = 0
            guard let count64 = Varint.read(buffer, &offset), count64 <= 1 << 20 else { return nil }
            let count = Int(count64)
            var block = DecodedBlock()
            block.rowids.reserveCapacity(count)
            block.lengths.reserveCapacity(count)
            block.f2.reserveCapacity(count)
            var rowid: Int64 = 0
            for _ in 0..<count {
                guard let delta = Varint.read(buffer, &offset) else { return nil }
                rowid &+= Int64(bitPattern: delta)
                block.rowids.append(rowid)
            }
            for _ in 0..<count {
                guard let value = Varint.read(buffer, &offset) else { return nil }
                block.lengths.append(Int32(truncatingIfNeeded: value))
            }
            for _ in 0..<count {
                guard let value = Varint.read(buffer, &offset) else { return nil }
                block.f2.append(Int32(truncatingIfNeeded: value))
            }
            guard wantOccurrences else { return block }
            block.occurrenceStarts.reserveCapacity(count + 1)
            for _ in 0..<count {
                block.occurrenceStarts.append(block.occurrences.count)
                guard let n = Varint.read(buffer, &offset), n <= 1 << 24 else { return nil }
                for _ in 0..<n {
                    guard let value = Varint.read(buffer, &offset) else { return nil }
                    block.occurrences.append(UInt32(truncatingIfNeeded: value))
                }
            }
            block.occurrenceStarts.append(block.occurrences.count)
            return block
        }
    }

    /// All postings of a block (for rewriting it).
    static func postings(_ bytes: [UInt8]) -> [Posting]? {
        guard let block = decode(bytes, occurrences: true) else { return nil }
        return block.rowids.indices.map { i in
            Posting(rowid: block.rowids[i], length: block.lengths[i], f2: block.f2[i],
                    occurrences: Array(block.occurrences[block.occurrenceStarts[i]..<block.occurrenceStarts[i + 1]]))
        }
    }
}
