import GRDB

/// One chunk's postings, all terms together in the order they were made (row id order).
struct FlatPostings {
    var terms: [Int32] = []
    var rowids: [Int64] = []
    var lengths: [Int32] = []
    var f2: [Int32] = []
    var occurrenceStarts: [Int] = [0]
    var occurrences: [UInt32] = []

    /// Adds one quote's postings; `keys` are `term << 32 | occurrence index`, sorted here.
    mutating func add(rowid: Int64, length: Int32, keys: inout [UInt64], occurrences quoteOccurrences: [UInt32]) {
        keys.sort()  // by term, then in (column, position) order
        var start = 0
        while start < keys.count {
            let term = Int32(truncatingIfNeeded: keys[start] >> 32)
            var end = start
            var weight: Int32 = 0
            while end < keys.count, Int32(truncatingIfNeeded: keys[end] >> 32) == term {
                let occurrence = quoteOccurrences[Int(keys[end] & 0xFFFF_FFFF)]
                weight += PostingBlock.doubledWeights[Int(occurrence & 7)]
                occurrences.append(occurrence)
                end += 1
            }
            terms.append(term)
            rowids.append(rowid)
            lengths.append(length)
            f2.append(weight)
            occurrenceStarts.append(occurrences.count)
            start = end
        }
    }

    /// Posting indexes grouped by term (counting sort, stable): term t's are `order[starts[t]..<starts[t+1]]`.
    func groupedByTerm(termCount: Int) -> (order: [Int32], starts: [Int]) {
        var starts = [Int](repeating: 0, count: termCount + 1)
        for term in terms { starts[Int(term) + 1] += 1 }
        for index in 0..<termCount { starts[index + 1] += starts[index] }
        var next = starts
        var order = [Int32](repeating: 0, count: terms.count)
        for (index, term) in terms.enumerated() {
            order[next[Int(term)]] = Int32(index)
            next[Int(term)] += 1
        }
        return (order, starts)
    }

    /// Appends the postings at `indexes` to `block` (which carries occurrences). (Over raw
    /// buffers: array slices per posting retained and released the storage, a rebuild's hottest loop.)
    func append(_ indexes: ArraySlice<Int32>, to block: inout DecodedBlock) {
        let count = block.rowids.count + indexes.count
        block.rowids.reserveCapacity(count)
        block.lengths.reserveCapacity(count)
        block.f2.reserveCapacity(count)
        block.occurrenceStarts.reserveCapacity(count + 1)
        var total = block.occurrences.count
        for index in indexes { total += occurrenceStarts[Int(index) + 1] - occurrenceStarts[Int(index)] }
        block.occurrences.reserveCapacity(total)
        rowids.withUnsafeBufferPointer { rowids in
            lengths.withUnsafeBufferPointer { lengths in
                f2.withUnsafeBufferPointer { f2 in
                    occurrenceStarts.withUnsafeBufferPointer { starts in
                        occurrences.withUnsafeBufferPointer { occurrences in
                            for index in indexes.lazy.map(Int.init) {
                                block.rowids.append(rowids[index])
                                block.lengths.append(lengths[index])
                                block.f2.append(f2[index])
                                for occurrence in starts[index]..<starts[index + 1] { block.occurrences.append(occurrences[occurrence]) }
                                block.occurrenceStarts.append(block.occurrences.count)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Terms of one pass, numbered in order of first appearance, with the pair terms of
/// neighbouring common terms (`CommonPairs`). Terms are looked up by their bytes in an open
/// addressing table (FNV-1a with a per-process seed, then a 64-bit finaliser), so a token
/// becomes a String only the first time it is seen.
struct TermTable {
    private(set) var names: [String] = []
    private let common: Set<String>
    private var isCommon: [Bool] = []
    private var pairIndexes: [UInt64: Int32] = [:]
    /// Term index per slot, -1 when empty; the slot count is a power of two, at least twice the terms.
    private var slots = [Int32](repeating: -1, count: 1 << 10)
    private var hashes: [UInt64] = []
    /// The terms' bytes, one after another: term i is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private static let seed = UInt64.random(in: .min ... .max)

    init(common: Set<String> = []) { self.common = common }

    mutating func intern(_ term: String) -> Int32 {
        var term = term
        return term.withUTF8 { intern($0) }
    }

    mutating func intern(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(token)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while case let index = slots[slot], index >= 0 {
            if hashes[Int(index)] == hash, isTerm(Int(index), token) { return index }
            slot = (slot + 1) & mask
        }
        let index = Int32(names.count)
        let name = String(decoding: token, as: UTF8.self)
        names.append(name)
        isCommon.append(common.contains(name))
        hashes.append(hash)
        bytes.append(contentsOf: token)
        starts.append(bytes.count)
        slots[slot] = index
        if names.count * 2 > slots.count { grow() }
        return index
    }

    private func isTerm(_ index: Int, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = (starts[index], starts[index + 1])
        guard end - start == token.count else { return false }
        return bytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[start..<end]).elementsEqual(token) }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    private static func hash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in token { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash &*= 0xc4ce_b9fe_1a85_ec53
        return hash ^ (hash >> 33)
    }

    /// The pair terms of one column's terms: (position of the pair's first term, pair term).
    mutating func pairs(in terms: [Int32]) -> [(position: Int, term: Int32)] {
        guard !common.isEmpty, terms.count > 1 else { return [] }
        var pairs: [(position: Int, term: Int32)] = []
        for position in 0..<(terms.count - 1) where isCommon[Int(terms[position])] && isCommon[Int(terms[position + 1])] {
            let key = UInt64(UInt32(terms[position])) << 32 | UInt64(UInt32(terms[position + 1]))
            if let index = pairIndexes[key] {
                pairs.append((position, index))
            } else {
                let index = intern(CommonPairs.name(names[Int(terms[position])], names[Int(terms[position + 1])]))
                pairIndexes[key] = index
                pairs.append((position, index))
            }
        }
        return pairs
    }
}

/// One column's terms and pair terms, tokenized once (the repeated columns are cached).
struct ColumnTerms {
    var terms: [Int32]
    var pairs: [(position: Int, term: Int32)]

    init(_ text: String, _ tokenizer: IndexTokenizer, _ table: inout TermTable) throws {
        var terms: [Int32] = []
        try tokenizer.forEachToken(text) { terms.append(table.intern($0)) }
        self.terms = terms
        pairs = table.pairs(in: terms)
    }
}

/// A quote's row id and its five indexed columns (body, expert name, credentials, heading,
/// title), as the full-text index holds them.
struct QuoteColumns: Sendable {
    static let select = "SELECT id, body, expert_name, credentials, heading, title FROM quote"
    var rowid: Int64
    var columns: [String?]

    init(_ row: Row) {
        rowid = row[0]
        columns = (1...5).map { row[$0] }
    }
}

/// Quotes tokenized into one flat list of postings, their terms interned in a table of
/// their own (the repeated columns, name to title, tokenized once per distinct text).
/// A class: packing reads a part per term, and a struct was copied out of its array each
/// time, retaining its arrays (a tenth of a rebuild's CPU).
final class TokenizedQuotes: Sendable {
    let flat: FlatPostings
    let terms: TermTable
    let tokens: Int64
    /// Posting indexes grouped by term (`FlatPostings.groupedByTerm`).
    let order: [Int32]
    let starts: [Int]

    init(_ quotes: ArraySlice<QuoteColumns>, _ tokenizer: IndexTokenizer, common: Set<String>) throws {
        var flat = FlatPostings()
        var terms = TermTable(common: common)
        var tokens: Int64 = 0
        var repeated: [String: ColumnTerms] = [:]
        var keys: [UInt64] = []
        var occurrenceOf: [UInt32] = []
        for quote in quotes {
            keys.removeAll(keepingCapacity: true)
            occurrenceOf.removeAll(keepingCapacity: true)
            var length = 0
            for (column, text) in quote.columns.enumerated() {
                guard let text else { continue }
                let columnTerms: ColumnTerms
                if column > 0, let cached = repeated[text] {
                    columnTerms = cached
                } else {
                    columnTerms = try ColumnTerms(text, tokenizer, &terms)
                    if column > 0 { repeated[text] = columnTerms }
                }
                for (position, term) in columnTerms.terms.enumerated() {
                    keys.append(UInt64(UInt32(term)) << 32 | UInt64(occurrenceOf.count))
                    occurrenceOf.append(UInt32(position) << 3 | UInt32(column))
                }
                for pair in columnTerms.pairs {
                    keys.append(UInt64(UInt32(pair.term)) << 32 | UInt64(occurrenceOf.count))
                    occurrenceOf.append(UInt32(pair.position) << 3 | UInt32(column))
                }
                length += columnTerms.terms.count
            }
            tokens += Int64(length)
            flat.add(rowid: quote.rowid, length: Int32(length), keys: &keys, occurrences: occurrenceOf)
        }
        (order, starts) = flat.groupedByTerm(termCount: terms.names.count)
        self.flat = flat
        self.terms = terms
        self.tokens = tokens
    }

    /// The posting indexes of term `index` of `terms`, in row id order.
    func postings(ofTerm index: Int) -> ArraySlice<Int32> { order[starts[index]..<starts[index + 1]] }
}
