/// One worker's share of a rebuild's terms (`AcceleratorRebuild`): it appends each pass's
/// postings to the term's partial last block, encodes every full block for the writer, and
/// keeps the partial one for the next pass. Terms that fill blocks in every pass stay
/// decoded (re-encoding them each pass doubled a 10k rebuild's time); the many others are
/// kept encoded (decoded, they were most of a 10k rebuild's memory once pair terms doubled
/// the terms), as fragments a pass appends to and only a full block or the end decodes.
/// Used by one thread at a time: the rebuild's passes hand it to its worker and take it back.
final class PackingShard: @unchecked Sendable {
    /// A term with at least this many postings in a pass carries its partial block decoded.
    static let hotPostings = 32

    private var carried: [Int64: Fragments] = [:]
    private var carriedHot: [Int64: DecodedBlock] = [:]
    /// Full blocks waiting for the writer.
    var encoded: [EncodedBlock] = []
    /// The terms `flush` has yet to encode, the next last.
    private var flushOrder: [Int64]?

    /// Packs this shard's terms of `pass`.
    func pack(_ pass: PassTerms, _ parts: [TokenizedQuotes], _ shard: Int) throws {
        for term in pass.byShard[shard].lazy.map(Int.init) {
            let termID = pass.ids[term]
            let count = pass.counts[term]
            if carriedHot[termID] == nil, count < Self.hotPostings, (carried[termID]?.count ?? 0) + count < PostingBlock.capacity {
                // Still a partial block: the new postings become one more fragment.
                var postings = DecodedBlock(occurrenceStarts: [0])
                Self.append(pass, term, parts, to: &postings)
                carried[termID, default: Fragments()].append(postings)
                continue
            }
            var postings = try takeCarried(termID) ?? DecodedBlock(occurrenceStarts: [0])
            Self.append(pass, term, parts, to: &postings)
            var start = 0
            while start < postings.rowids.count {
                let end = min(start + PostingBlock.capacity, postings.rowids.count)
                if end - start < PostingBlock.capacity {
                    if count >= Self.hotPostings {
                        carriedHot[termID] = postings.slice(start..<end)
                    } else {
                        var fragments = Fragments()
                        fragments.append(postings.slice(start..<end))
                        carried[termID] = fragments
                    }
                    break
                }
                encoded.append(EncodedBlock(termID, postings, start..<end))
                start = end
            }
        }
    }

    /// Appends term `term`'s postings of every part, in row id order.
    private static func append(_ pass: PassTerms, _ term: Int, _ parts: [TokenizedQuotes], to postings: inout DecodedBlock) {
        for part in parts.indices {
            let local = pass.locals[term * pass.parts + part]
            if local >= 0 { parts[part].flat.append(parts[part].postings(ofTerm: Int(local)), to: &postings) }
        }
    }

    /// Encodes up to `limit` of the partial blocks kept back, in term order, for the writer;
    /// false once none is left. (All at once, a 10k rebuild's 88k last blocks held 30 MB more.)
    func flush(limit: Int) throws -> Bool {
        if flushOrder == nil { flushOrder = (Array(carried.keys) + Array(carriedHot.keys)).sorted(by: >) }
        for _ in 0..<limit {
            guard let termID = flushOrder?.popLast() else { return false }
            if let postings = try takeCarried(termID), !postings.rowids.isEmpty {
                encoded.append(EncodedBlock(termID, postings, 0..<postings.rowids.count))
            }
        }
        return flushOrder?.isEmpty == false
    }

    /// The term's partial block kept back, decoded and no longer kept; nil when there is none.
    private func takeCarried(_ termID: Int64) throws -> DecodedBlock? {
        if let hot = carriedHot.removeValue(forKey: termID) { return hot }
        guard let fragments = carried.removeValue(forKey: termID) else { return nil }
        guard let postings = fragments.decoded() else { throw AcceleratorInconsistency("a carried block of term \(termID) does not decode") }
        return postings
    }
}

/// A partial block kept encoded: fragments (each its byte count, then `PostingBlock.encode`
/// of some postings), in row id order.
struct Fragments {
    private var bytes: [UInt8] = []
    /// Postings in all fragments.
    private(set) var count = 0

    mutating func append(_ postings: DecodedBlock) {
        let fragment = PostingBlock.encode(postings, 0..<postings.rowids.count)
        // Exactly the room needed (doubling capacity cost a 10k rebuild 20 MB over 88k terms).
        bytes.reserveCapacity(bytes.count + Varint.size(UInt64(fragment.count)) + fragment.count)
        Varint.append(UInt64(fragment.count), to: &bytes)
        bytes += fragment
        count += postings.rowids.count
    }

    /// The fragments' postings as one block; nil when the bytes are not well-formed.
    func decoded() -> DecodedBlock? {
        var block = DecodedBlock(occurrenceStarts: [0])
        block.rowids.reserveCapacity(count)
        return bytes.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                guard let size = Varint.read(bytes, &offset), offset + Int(size) <= bytes.count,
                      let fragment = PostingBlock.decode(UnsafeBufferPointer(rebasing: bytes[offset..<offset + Int(size)]),
                                                         occurrences: .all) else { return nil }
                block.append(contentsOf: fragment, fragment.rowids.indices)
                offset += Int(size)
            }
            return block
        }
    }
}
