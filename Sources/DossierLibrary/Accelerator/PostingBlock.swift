/// A block's summary, stored beside its data: enough to bound any score in it.
struct BlockHeader: Equatable {
    var lastRowid: Int64
    var count: Int
    /// (length, doubled frequency) pairs, lengths ascending and frequencies strictly ascending:
    /// every posting of the block has a pair with at most its length and at least its frequency.
    var frontier: [(length: Int32, f2: Int32)]

    static func == (a: BlockHeader, b: BlockHeader) -> Bool {
        a.lastRowid == b.lastRowid && a.count == b.count && a.frontier.elementsEqual(b.frontier) { $0 == $1 }
    }

    /// Most pairs kept; beyond it neighbours merge into one pair that bounds both.
    static let frontierLimit = 6

    init(lastRowid: Int64, count: Int, frontier: [(length: Int32, f2: Int32)]) {
        self.lastRowid = lastRowid
        self.count = count
        self.frontier = frontier
    }

    /// The frontier of the postings `range` of `block`.
    init(_ block: DecodedBlock, _ range: Range<Int>) {
        var frontier = Self.paretoPairs(block, range)
        while frontier.count > Self.frontierLimit {  // merge the closest lengths: (shorter length, higher frequency)
            var best = 0
            for index in 0..<(frontier.count - 1)
            where frontier[index + 1].length - frontier[index].length < frontier[best + 1].length - frontier[best].length { best = index }
            frontier[best].f2 = frontier[best + 1].f2
            frontier.remove(at: best + 1)
        }
        self.init(lastRowid: block.rowids[range.upperBound - 1], count: range.count, frontier: frontier)
    }

    /// The postings' (length, frequency) pairs that no other posting beats on both (no shorter
    /// or equal length with at least the frequency), lengths ascending, one per pair. Kept by
    /// insertion into the staircase so far, which stays short: sorting every block's postings
    /// was most of building a prefix's union and a share of every rebuild.
    static func paretoPairs(_ block: DecodedBlock, _ range: Range<Int>) -> [(length: Int32, f2: Int32)] {
        var stairs: [(length: Int32, f2: Int32)] = []
        block.lengths.withUnsafeBufferPointer { lengths in
            block.f2.withUnsafeBufferPointer { f2s in
                for index in range {
                    let length = lengths[index], f2 = f2s[index]
                    // The first step at least this long: the steps before it are shorter with less frequency.
                    var at = 0
                    while at < stairs.count, stairs[at].length < length { at += 1 }
                    if at > 0, stairs[at - 1].f2 >= f2 { continue }  // a shorter step beats it
                    if at < stairs.count, stairs[at].length == length, stairs[at].f2 >= f2 { continue }
                    // It beats the steps from here on with no more frequency.
                    var end = at
                    while end < stairs.count, stairs[end].f2 <= f2 { end += 1 }
                    stairs.replaceSubrange(at..<end, with: CollectionOfOne((length: length, f2: f2)))
                }
            }
        }
        return stairs
    }

    var encodedFrontier: [UInt8] {
        var bytes: [UInt8] = []
        for pair in frontier {
            Varint.append(UInt64(pair.length), to: &bytes)
            Varint.append(UInt64(pair.f2), to: &bytes)
        }
        return bytes
    }

    static func frontier(_ buffer: UnsafeBufferPointer<UInt8>) -> [(length: Int32, f2: Int32)]? {
        var offset = 0
        var pairs: [(length: Int32, f2: Int32)] = []
        pairs.reserveCapacity(frontierLimit)
        while offset < buffer.count {
            guard let length = Varint.read(buffer, &offset), let f2 = Varint.read(buffer, &offset) else { return nil }
            pairs.append((Int32(truncatingIfNeeded: length), Int32(truncatingIfNeeded: f2)))
        }
        return pairs
    }
}

/// Postings in columns, in row id order: per quote its row id, its length in tokens over all
/// columns (bm25's D), the term's weighted frequency times two (the column weights 1, 2, 0.5,
/// 1, 0.5 become the integers 2, 4, 1, 2, 1), and, only when asked for, the term's occurrences
/// as `position << 3 | column` in column then position order (for phrases).
struct DecodedBlock {
    var rowids: [Int64] = []
    var lengths: [Int32] = []
    var f2: [Int32] = []
    /// Start of each posting's occurrences in `occurrences` (count + 1 entries).
    var occurrenceStarts: [Int] = []
    var occurrences: [UInt32] = []
}

extension DecodedBlock {
    /// `body` over the row id, length and frequency columns as raw buffers (for loops over
    /// many postings, where array indexing and appends cost more than the work).
    func withRankingColumns<R>(_ body: (UnsafeBufferPointer<Int64>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> R) -> R {
        rowids.withUnsafeBufferPointer { rowids in
            lengths.withUnsafeBufferPointer { lengths in f2.withUnsafeBufferPointer { f2 in body(rowids, lengths, f2) } }
        }
    }

    /// The same, writable.
    mutating func withMutableRankingColumns<R>(
        _ body: (UnsafeMutableBufferPointer<Int64>, UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>) -> R
    ) -> R {
        rowids.withUnsafeMutableBufferPointer { rowids in
            lengths.withUnsafeMutableBufferPointer { lengths in f2.withUnsafeMutableBufferPointer { f2 in body(rowids, lengths, f2) } }
        }
    }
}

/// Whether to decode a block's occurrences: not for ranking, yes for phrases and rewriting.
enum OccurrenceDecoding {
    case none, all
}

/// The byte format of a block, in two parts stored apart (v17): the ranking part (count, row
/// ids — first absolute, then deltas —, lengths, weighted frequencies) in `accel_block`, and
/// the occurrence part (per posting the byte length of its occurrences, then the occurrences)
/// in `accel_occ`; all varints. Ranking reads only the first, a few hundred bytes that stay
/// inside their b-tree page; with the occurrences inline, a common term's block spilled to an
/// overflow page and a ranked search read four times the pages. In memory (a rebuild's
/// carried blocks) the two parts are kept concatenated.
enum PostingBlock {
    /// Postings per block: small enough for tight score bounds, large enough that a term's
    /// block headers stay few (a term in every quote of 10k articles has ~3,800 blocks).
    static let capacity = 128

    /// The column weights of `bm25(quote_fts, 1.0, 2.0, 0.5, 1.0, 0.5)`, doubled.
    static let doubledWeights: [Int32] = [2, 4, 1, 2, 1]

    /// The ranking part of postings `range` of `block`.
    static func encodeRanking(_ block: DecodedBlock, _ range: Range<Int>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 4)
        Varint.append(UInt64(range.count), to: &bytes)
        var previous: Int64 = 0
        for index in range {
            let rowid = block.rowids[index]
            Varint.append(UInt64(index == range.lowerBound ? rowid : rowid - previous), to: &bytes)
            previous = rowid
        }
        for index in range { Varint.append(UInt64(block.lengths[index]), to: &bytes) }
        for index in range { Varint.append(UInt64(block.f2[index]), to: &bytes) }
        return bytes
    }

    /// The occurrence part of postings `range` of `block` (which must carry occurrences).
    static func encodeOccurrences(_ block: DecodedBlock, _ range: Range<Int>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity((block.occurrenceStarts[range.upperBound] - block.occurrenceStarts[range.lowerBound]) * 2 + range.count)
        block.occurrenceStarts.withUnsafeBufferPointer { starts in
            block.occurrences.withUnsafeBufferPointer { occurrences in
                for index in range {
                    let own = starts[index]..<starts[index + 1]
                    var size = 0
                    for occurrence in own { size += Varint.size(UInt64(occurrences[occurrence])) }
                    Varint.append(UInt64(size), to: &bytes)
                    for occurrence in own { Varint.append(UInt64(occurrences[occurrence]), to: &bytes) }
                }
            }
        }
        return bytes
    }

    /// Both parts, concatenated (the in-memory form of a carried block).
    static func encode(_ block: DecodedBlock, _ range: Range<Int>) -> [UInt8] {
        encodeRanking(block, range) + encodeOccurrences(block, range)
    }

    /// Decodes a block's concatenated parts; nil when the bytes are not a well-formed block.
    static func decode(_ bytes: [UInt8], occurrences: OccurrenceDecoding) -> DecodedBlock? {
        bytes.withUnsafeBufferPointer { decode($0, occurrences: occurrences) }
    }

    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, occurrences: OccurrenceDecoding) -> DecodedBlock? {
        var block = DecodedBlock()
        var offset = 0
        guard decodeRanking(buffer, &offset, into: &block) else { return nil }
        guard occurrences == .all else { return block }
        return decodeOccurrences(UnsafeBufferPointer(rebasing: buffer[offset...]), into: &block) ? block : nil
    }

    /// Decodes a ranking part into `block`, reusing its storage, and leaves `offset` after it;
    /// false when the bytes are not a well-formed block. (The hot loop of a ranked search over
    /// common words: columns are filled in place, not appended one by one.)
    static func decodeRanking(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: inout Int, into block: inout DecodedBlock) -> Bool {
        block.occurrenceStarts.removeAll(keepingCapacity: true)
        block.occurrences.removeAll(keepingCapacity: true)
        guard let count64 = Varint.read(buffer, &offset), count64 <= 1 << 20 else {
            block.rowids.removeAll(keepingCapacity: true)
            block.lengths.removeAll(keepingCapacity: true)
            block.f2.removeAll(keepingCapacity: true)
            return false
        }
        let count = Int(count64)
        resize(&block.rowids, count)
        resize(&block.lengths, count)
        resize(&block.f2, count)
        var ok = block.rowids.withUnsafeMutableBufferPointer { rowids in
            var rowid: Int64 = 0
            for index in 0..<count {
                guard let delta = Varint.read(buffer, &offset) else { return false }
                rowid &+= Int64(bitPattern: delta)
                rowids[index] = rowid
            }
            return true
        }
        ok = ok && decodeColumn(buffer, &offset, into: &block.lengths)
        ok = ok && decodeColumn(buffer, &offset, into: &block.f2)
        if !ok {
            block.rowids.removeAll(keepingCapacity: true)
            block.lengths.removeAll(keepingCapacity: true)
            block.f2.removeAll(keepingCapacity: true)
        }
        return ok
    }

    @inline(__always)
    private static func resize<T: FixedWidthInteger>(_ column: inout [T], _ count: Int) {
        if column.count > count {
            column.removeLast(column.count - count)
        } else if column.count < count {
            column.append(contentsOf: repeatElement(0, count: count - column.count))
        }
    }

    @inline(__always)
    private static func decodeColumn(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: inout Int, into column: inout [Int32]) -> Bool {
        column.withUnsafeMutableBufferPointer { values in
            for index in values.indices {
                guard let value = Varint.read(buffer, &offset) else { return false }
                values[index] = Int32(truncatingIfNeeded: value)
            }
            return true
        }
    }

    /// Decodes an occurrence part for the postings already in `block` (exactly: no bytes may
    /// be left over); false when the bytes are not well formed.
    static func decodeOccurrences(_ buffer: UnsafeBufferPointer<UInt8>, into block: inout DecodedBlock) -> Bool {
        block.occurrenceStarts.removeAll(keepingCapacity: true)
        block.occurrences.removeAll(keepingCapacity: true)
        var offset = 0
        for _ in block.rowids.indices {
            block.occurrenceStarts.append(block.occurrences.count)
            guard let length = Varint.read(buffer, &offset), length <= UInt64(buffer.count - offset) else { return false }
            let end = offset + Int(length)
            while offset < end {
                guard let value = Varint.read(buffer, &offset) else { return false }
                block.occurrences.append(UInt32(truncatingIfNeeded: value))
            }
        }
        block.occurrenceStarts.append(block.occurrences.count)
        return offset == buffer.count
    }

    /// The postings of `block` without the row ids in `removing` (for deletes).
    static func removing(_ removing: Set<Int64>, from block: DecodedBlock) -> DecodedBlock {
        var result = DecodedBlock()
        result.occurrenceStarts = [0]
        for index in block.rowids.indices where !removing.contains(block.rowids[index]) {
            result.append(block, index)
        }
        return result
    }
}

extension DecodedBlock {
    /// Postings `range` (which must carry occurrences) as a block of their own.
    func slice(_ range: Range<Int>) -> DecodedBlock {
        var result = DecodedBlock(occurrenceStarts: [0])
        result.append(contentsOf: self, range)
        return result
    }

    /// Appends postings `range` of `other` at once (as `append(_:_:)` does one by one).
    mutating func append(contentsOf other: DecodedBlock, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        rowids.append(contentsOf: other.rowids[range])
        lengths.append(contentsOf: other.lengths[range])
        f2.append(contentsOf: other.f2[range])
        let (first, end) = (other.occurrenceStarts[range.lowerBound], other.occurrenceStarts[range.upperBound])
        let shift = occurrences.count - first
        occurrences.append(contentsOf: other.occurrences[first..<end])
        occurrenceStarts.append(contentsOf: other.occurrenceStarts[(range.lowerBound + 1)...range.upperBound].lazy.map { $0 + shift })
    }

    /// Appends posting `index` of `other` (both carrying occurrences; `occurrenceStarts` starts at [0]).
    mutating func append(_ other: DecodedBlock, _ index: Int) {
        rowids.append(other.rowids[index])
        lengths.append(other.lengths[index])
        f2.append(other.f2[index])
        occurrences.append(contentsOf: other.occurrences[other.occurrenceStarts[index]..<other.occurrenceStarts[index + 1]])
        occurrenceStarts.append(occurrences.count)
    }
}
