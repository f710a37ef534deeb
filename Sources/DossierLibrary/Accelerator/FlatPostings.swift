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

    /// Appends the postings at `indexes` to `block` (which carries occurrences).
    func append(_ indexes: ArraySlice<Int32>, to block: inout DecodedBlock) {
        block.rowids.reserveCapacity(block.rowids.count + indexes.count)
        block.lengths.reserveCapacity(block.rowids.count + indexes.count)
        block.f2.reserveCapacity(block.rowids.count + indexes.count)
        for index in indexes.lazy.map(Int.init) {
            block.rowids.append(rowids[index])
            block.lengths.append(lengths[index])
            block.f2.append(f2[index])
            block.occurrences.append(contentsOf: occurrences[occurrenceStarts[index]..<occurrenceStarts[index + 1]])
            block.occurrenceStarts.append(block.occurrences.count)
        }
    }
}

/// Terms of one pass, numbered in order of first appearance, with the pair terms of
/// neighbouring common terms (`CommonPairs`).
struct TermTable {
    private(set) var names: [String] = []
    private var indexes: [String: Int32] = [:]
    private let common: Set<String>
    private var isCommon: [Bool] = []
    private var pairIndexes: [UInt64: Int32] = [:]

    init(common: Set<String> = []) { self.common = common }

    mutating func intern(_ term: String) -> Int32 {
        if let index = indexes[term] { return index }
        let index = Int32(names.count)
        indexes[term] = index
        names.append(term)
        isCommon.append(common.contains(term))
        return index
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
        terms = try tokenizer.tokens(text).map { table.intern($0) }
        pairs = table.pairs(in: terms)
    }
}
