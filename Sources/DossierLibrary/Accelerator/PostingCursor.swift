import Foundation
import GRDB
import GRDBSQLite

/// A forward cursor over one phrase's postings, block by block: block headers are all known
/// up front (for skipping and score bounds), block data is read and decoded only when the
/// cursor lands in it. Row ids only grow; `Int64.max` means exhausted.
final class PostingCursor {
    let headers: [BlockHeader]
    /// Quotes matching the phrase alone (bm25's nHit).
    let hits: Int
    private let load: (Int, inout DecodedBlock) throws -> Void
    private(set) var blockIndex = 0
    private var decodedIndex = -1
    private(set) var block = DecodedBlock()
    private(set) var position = 0

    init(headers: [BlockHeader], hits: Int, load: @escaping (Int, inout DecodedBlock) throws -> Void) {
        self.headers = headers
        self.hits = hits
        self.load = load
    }

    /// Postings already in memory (a prefix union, a verified phrase, a filter's rows), cut into blocks.
    convenience init(postings rowids: [Int64], f2: [Int32], lengths: [Int32]) {
        var headers: [BlockHeader] = []
        var blocks: [DecodedBlock] = []
        var start = 0
        while start < rowids.count {
            let end = min(start + PostingBlock.capacity, rowids.count)
            let block = DecodedBlock(rowids: Array(rowids[start..<end]), lengths: Array(lengths[start..<end]), f2: Array(f2[start..<end]))
            headers.append(BlockHeader(block, 0..<(end - start)))
            blocks.append(block)
            start = end
        }
        self.init(headers: headers, hits: rowids.count, load: { $1 = blocks[$0] })
    }

    var isExhausted: Bool { blockIndex >= headers.count }
    var header: BlockHeader { headers[blockIndex] }
    private var boundIndex = -1
    private var bound = 0.0

    /// The best bm25 share any posting of the current block can have (cached per block).
    func blockBound(idf: Double, _ averageLength: Double) -> Double {
        if boundIndex != blockIndex {
            bound = 0
            for pair in headers[blockIndex].frontier {
                bound = max(bound, RankedSearch.score(idf: idf, f2: pair.f2, length: pair.length, averageLength))
            }
            boundIndex = blockIndex
        }
        return bound
    }

    /// Moves to the first block that may hold `target` or later, without reading it.
    /// False when no block does.
    @discardableResult
    func skipBlocks(to target: Int64) -> Bool {
        while blockIndex < headers.count, headers[blockIndex].lastRowid < target { blockIndex += 1 }
        return blockIndex < headers.count
    }

    /// The first row id at or after `target` (decoding the block it is in), or `Int64.max`.
    func next(_ target: Int64) throws -> Int64 {
        guard skipBlocks(to: target) else { return .max }
        if decodedIndex != blockIndex {
            try load(blockIndex, &block)
            decodedIndex = blockIndex
            position = 0
        }
        let rowids = block.rowids
        var low = position, high = rowids.count
        if low < high, rowids[low] < target {
            while low < high {  // first index with rowid >= target
                let mid = (low + high) / 2
                if rowids[mid] < target { low = mid + 1 } else { high = mid }
            }
        }
        position = low
        guard position < rowids.count else { return .max }  // cannot happen: lastRowid >= target
        return rowids[position]
    }

    /// From the current posting, the first in this block (and at most `limit`) that could beat
    /// `threshold` with its own bm25 share plus what each of `others` (cursors in the blocks
    /// that hold it) can add at its length: (its row id, true); or (where to go on, false) when
    /// none can. One tight loop over the decoded block instead of a pass of the search loop per
    /// hopeless candidate (two near-universal words leave most candidates hopeless). The
    /// quote's length is every term's D, so each other term's bound is taken at that length:
    /// far tighter than its block maximum, which belongs to its shortest, densest quote.
    func firstHopeful(idf: Double, _ averageLength: Double, others: [(cursor: PostingCursor, idf: Double)],
                      threshold: Double, upTo limit: Int64) -> (Int64, Bool) {
        let count = block.rowids.count
        // The others' frontiers, flat: (length, doubled frequency) pairs, `starts` per term
        // (scratch kept between calls: this runs once per hopeful candidate).
        scratch.lengths.removeAll(keepingCapacity: true)
        scratch.f2.removeAll(keepingCapacity: true)
        scratch.starts.removeAll(keepingCapacity: true)
        scratch.idfs.removeAll(keepingCapacity: true)
        scratch.starts.append(0)
        for other in others {
            for pair in other.cursor.header.frontier {
                scratch.lengths.append(pair.length)
                scratch.f2.append(pair.f2)
            }
            scratch.starts.append(scratch.lengths.count)
            scratch.idfs.append(other.idf)
        }
        let (pairLengths, pairF2, starts, idfs) = (scratch.lengths, scratch.f2, scratch.starts, scratch.idfs)
        // bm25's length norm is the quote's, shared by every term: computed once per posting,
        // leaving one division per term. (A bound, not a score: its last bits may differ from
        // fts5_aux.c's order of operations, which the slack below absorbs; scores stay exact.)
        let saturation = RankedSearch.k1 + 1
        let base = RankedSearch.k1 * (1 - RankedSearch.b)
        let slope = RankedSearch.k1 * RankedSearch.b / averageLength
        // Each other term's block maximum, summed: most postings of a near-universal lead are
        // hopeless even against it, which spares them the search of the others' frontiers.
        var othersMaximum = 0.0
        for other in others { othersMaximum += other.cursor.blockBound(idf: other.idf, averageLength) }
        let landed: Int? = block.rowids.withUnsafeBufferPointer { rowids in
            block.f2.withUnsafeBufferPointer { f2 in
                block.lengths.withUnsafeBufferPointer { lengths in
                    pairLengths.withUnsafeBufferPointer { pairLengths in
                        pairF2.withUnsafeBufferPointer { pairF2 in
                            var index = position
                            candidates: while index < count, rowids[index] <= limit {
                                let length = lengths[index]
                                let norm = base + slope * Double(length)
                                let f = Double(f2[index]) / 2
                                var total = idf * (f * saturation) / (f + norm)
                                if (total + othersMaximum) * (1 + 1e-9) <= threshold {
                                    index += 1
                                    continue candidates
                                }
                                for other in idfs.indices {
                                    var best: Int32 = -1
                                    for pair in starts[other]..<starts[other + 1] {  // lengths ascending
                                        guard pairLengths[pair] <= length else { break }
                                        best = pairF2[pair]
                                    }
                                    guard best >= 0 else {  // the other term has no quote this short here
                                        index += 1
                                        continue candidates
                                    }
                                    let g = Double(best) / 2
                                    total += idfs[other] * (g * saturation) / (g + norm)
                                }
                                if total * (1 + 1e-9) > threshold { return index }
                                index += 1
                            }
                            return nil
                        }
                    }
                }
            }
        }
        if let landed {
            position = landed
            return (block.rowids[landed], true)
        }
        return (min(limit, headers[blockIndex].lastRowid) + 1, false)
    }

    private var scratch: (lengths: [Int32], f2: [Int32], starts: [Int], idfs: [Double]) = ([], [], [], [])
    private var randomIndex = -1
    private var randomBlock = DecodedBlock()

    /// Whether `rowid` is one of the postings, asked in any order (apart from the forward
    /// position: the block found is decoded into a cache of its own, kept for the next question).
    func contains(_ rowid: Int64) throws -> Bool {
        var low = 0, high = headers.count
        while low < high {  // the first block whose last row id is at least `rowid`
            let mid = (low + high) / 2
            if headers[mid].lastRowid < rowid { low = mid + 1 } else { high = mid }
        }
        guard low < headers.count else { return false }
        if randomIndex != low {
            try load(low, &randomBlock)
            randomIndex = low
        }
        var first = 0, end = randomBlock.rowids.count
        while first < end {
            let mid = (first + end) / 2
            if randomBlock.rowids[mid] < rowid { first = mid + 1 } else { end = mid }
        }
        return first < randomBlock.rowids.count && randomBlock.rowids[first] == rowid
    }

    var f2: Int32 { block.f2[position] }
    var length: Int32 { block.lengths[position] }

    /// The current posting's occurrences (`position << 3 | column`); the block must have been decoded with them.
    var occurrences: ArraySlice<UInt32> {
        block.occurrences[block.occurrenceStarts[position]..<block.occurrenceStarts[position + 1]]
    }

    /// Every posting's row id, weighted frequency and length (for unions built in memory).
    func all() throws -> DecodedBlock {
        var result = DecodedBlock()
        var block = DecodedBlock()
        for index in headers.indices {
            try load(index, &block)
            result.rowids += block.rowids
            result.lengths += block.lengths
            result.f2 += block.f2
        }
        return result
    }
}
