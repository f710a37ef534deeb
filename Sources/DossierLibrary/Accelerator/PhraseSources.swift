/// Postings built in memory for phrases that are not one term: a prefix is the union of its
/// terms' postings (a quote's frequency is the sum over the terms: each token matches one
/// term); a phrase of several words is the conjunction of its words, kept where their
/// positions line up in one column (each aligned start is one instance, as FTS5 counts them).
/// Both are computed whole because bm25 needs their exact quote count (nHit) anyway.
enum PhraseSources {
    static func prefix(_ prefix: String, _ store: PostingStore) throws -> PostingCursor {
        let terms = try store.terms(withPrefix: prefix)
        if terms.count == 1 { return try store.cursor(termID: terms[0].id, hits: terms[0].hits, occurrences: .none) }
        var lists: [DecodedBlock] = []
        for term in terms {
            lists.append(try store.cursor(termID: term.id, hits: term.hits, occurrences: .none).all())
        }
        while lists.count > 1 {  // pairwise merges: n log k
            var merged: [DecodedBlock] = []
            var index = 0
            while index < lists.count {
                merged.append(index + 1 < lists.count ? merge(lists[index], lists[index + 1]) : lists[index])
                index += 2
            }
            lists = merged
        }
        let union = lists.first ?? DecodedBlock()
        return PostingCursor(postings: union.rowids, f2: union.f2, lengths: union.lengths)
    }

    /// Two postings lists as one, frequencies summed where a quote is in both. (Written into
    /// buffers of the most it can need, then cut: appending element by element to three arrays
    /// was most of a merge.)
    static func merge(_ a: DecodedBlock, _ b: DecodedBlock) -> DecodedBlock {
        let capacity = a.rowids.count + b.rowids.count
        var result = DecodedBlock()
        result.rowids = Array(repeating: 0, count: capacity)
        result.f2 = Array(repeating: 0, count: capacity)
        result.lengths = Array(repeating: 0, count: capacity)
        var n = 0
        a.withRankingColumns { ar, al, af in
            b.withRankingColumns { br, bl, bf in
                result.withMutableRankingColumns { rowidOut, lengthOut, f2Out in
                    var i = 0, j = 0
                    while i < ar.count || j < br.count {
                        if j == br.count || (i < ar.count && ar[i] < br[j]) {
                            rowidOut[n] = ar[i]; f2Out[n] = af[i]; lengthOut[n] = al[i]; i += 1
                        } else if i == ar.count || br[j] < ar[i] {
                            rowidOut[n] = br[j]; f2Out[n] = bf[j]; lengthOut[n] = bl[j]; j += 1
                        } else {
                            rowidOut[n] = ar[i]; f2Out[n] = af[i] + bf[j]; lengthOut[n] = al[i]; i += 1; j += 1
                        }
                        n += 1
                    }
                }
            }
        }
        result.rowids.removeLast(capacity - n)
        result.f2.removeLast(capacity - n)
        result.lengths.removeLast(capacity - n)
        return result
    }

    /// A phrase read from `parts` (terms or `CommonPairs` pair terms, each at its token
    /// offset in the phrase): the quotes where every part stands at its offset.
    static func phrase(_ parts: [(term: String, offset: Int)], _ store: PostingStore) throws -> PostingCursor {
        let cursors = try parts.map { try store.cursor(term: $0.term, occurrences: .all) }
        let offsets = parts.map { UInt64($0.offset - parts[0].offset) }
        var rowids: [Int64] = [], f2s: [Int32] = [], lengths: [Int32] = []
        guard !cursors.contains(where: { $0.headers.isEmpty }) else { return PostingCursor(postings: [], f2: [], lengths: []) }
        let order = cursors.indices.sorted { cursors[$0].hits < cursors[$1].hits }
        var scratch: [UInt64] = []
        var bounds: [Int] = []
        var target: Int64 = .min
        outer: while true {
            let candidate = try cursors[order[0]].next(target)
            if candidate == .max { break }
            for index in order.dropFirst() {
                let rowid = try cursors[index].next(candidate)
                if rowid == .max { break outer }
                if rowid > candidate { target = rowid; continue outer }
            }
            target = candidate + 1
            let f2 = alignedWeight(cursors, offsets, &scratch, &bounds)
            if f2 > 0 {
                rowids.append(candidate); f2s.append(f2); lengths.append(cursors[0].length)
            }
        }
        return PostingCursor(postings: rowids, f2: f2s, lengths: lengths)
    }

    /// The doubled weight of the phrase's instances in the quote the cursors are all on: each
    /// occurrence of the first part followed, at their offsets in the same column, by the
    /// others. Occurrences are in (column, position) order, so one forward merge per word does.
    /// The words' occurrences are copied into `scratch` (reused) so the loop touches no class.
    private static func alignedWeight(_ cursors: [PostingCursor], _ offsets: [UInt64], _ scratch: inout [UInt64], _ bounds: inout [Int]) -> Int32 {
        scratch.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
        for cursor in cursors {
            bounds.append(scratch.count)
            for occurrence in cursor.occurrences { scratch.append(UInt64(occurrence & 7) << 32 | UInt64(occurrence >> 3)) }
        }
        bounds.append(scratch.count)
        return scratch.withUnsafeBufferPointer { keys in
            bounds.withUnsafeMutableBufferPointer { next in
                var weight: Int32 = 0
                let words = next.count - 1
                let ends = Array(next[1...])
                for startIndex in next[0]..<ends[0] {
                    let first = keys[startIndex]
                    var aligned = true
                    for word in 1..<words {
                        let wanted = first + offsets[word]
                        var index = next[word]
                        while index < ends[word], keys[index] < wanted { index += 1 }
                        next[word] = index
                        if index == ends[word] || keys[index] != wanted { aligned = false; break }
                    }
                    if aligned { weight += PostingBlock.doubledWeights[Int(first >> 32)] }
                }
                return weight
            }
        }
    }
}
