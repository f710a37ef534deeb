/// One worker's share of a rebuild's terms (`AcceleratorRebuild`): it appends each pass's
/// postings to the term's partial last block, encodes every full block for the writer, and
/// keeps the partial one for the next pass. Terms that fill blocks in every pass stay
/// decoded (re-encoding them each pass doubled a 10k rebuild's time); the many others are
/// kept encoded (decoded, they were most of a 10k rebuild's memory once pair terms doubled
/// the terms). Used by one thread at a time: the rebuild's passes hand it to its worker and
/// take it back.
final class PackingShard: @unchecked Sendable {
    /// A term with at least this many postings in a pass carries its partial block decoded.
    static let hotPostings = 32

    private var carried: [Int64: [UInt8]] = [:]
    private var carriedHot: [Int64: DecodedBlock] = [:]
    /// Full blocks waiting for the writer.
    var encoded: [EncodedBlock] = []
    /// The terms `flush` has yet to encode, the next last.
    private var flushOrder: [Int64]?

    /// Packs this shard's terms of `pass`.
    func pack(_ pass: PassTerms, _ parts: [TokenizedQuotes], _ shard: Int) throws {
        for term in pass.byShard[shard].lazy.map(Int.init) {
            let termID = pass.ids[term]
            var postings = DecodedBlock(occurrenceStarts: [0])
            if let hot = carriedHot.removeValue(forKey: termID) {
                postings = hot
            } else if let bytes = carried.removeValue(forKey: termID) {
                guard let block = PostingBlock.decode(bytes, occurrences: .all) else {
                    throw AcceleratorInconsistency("a carried block of \(pass.names[term]) does not decode")
                }
                postings = block
            }
            for part in parts.indices {
                let local = pass.locals[term * pass.parts + part]
                if local >= 0 { parts[part].flat.append(parts[part].postings(ofTerm: Int(local)), to: &postings) }
            }
            var start = 0
            while start < postings.rowids.count {
                let end = min(start + PostingBlock.capacity, postings.rowids.count)
                if end - start < PostingBlock.capacity {
                    if pass.counts[term] >= Self.hotPostings {
                        carriedHot[termID] = postings.slice(start..<end)
                    } else {
                        carried[termID] = PostingBlock.encode(postings, start..<end)
                    }
                    break
                }
                encoded.append(EncodedBlock(termID, postings, start..<end))
                start = end
            }
        }
    }

    /// Encodes up to `limit` of the partial blocks kept back, in term order, for the writer;
    /// false once none is left. (All at once, a 10k rebuild's 88k last blocks held 30 MB more.)
    func flush(limit: Int) throws -> Bool {
        if flushOrder == nil { flushOrder = (Array(carried.keys) + Array(carriedHot.keys)).sorted(by: >) }
        for _ in 0..<limit {
            guard let termID = flushOrder?.popLast() else { return false }
            if let postings = carriedHot.removeValue(forKey: termID) {
                if !postings.rowids.isEmpty { encoded.append(EncodedBlock(termID, postings, 0..<postings.rowids.count)) }
            } else if let bytes = carried.removeValue(forKey: termID) {
                guard let postings = PostingBlock.decode(bytes, occurrences: .all) else {
                    throw AcceleratorInconsistency("a carried block does not decode")
                }
                if !postings.rowids.isEmpty { encoded.append(EncodedBlock(termID, postings, 0..<postings.rowids.count)) }
            }
        }
        return flushOrder?.isEmpty == false
    }
}
