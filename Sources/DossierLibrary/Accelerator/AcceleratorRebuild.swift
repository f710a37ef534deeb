import DossierCore
import Foundation
import GRDB

/// The accelerator rebuilt from every quote (`dossier index --rebuild`, the end of a bulk
/// import), packed (each term's blocks filled) and on every core. Each pass of `chunk`
/// quotes is tokenized in one part per worker, and its terms numbered; each worker then packs
/// the blocks of its share of the terms (a term always goes to the same worker, which keeps
/// the term's partial last block for the next pass); the writer inserts what they encoded, in
/// key order, while the workers tokenize and number the next pass. Every worker count makes
/// the same postings (a test compares them).
struct AcceleratorRebuild {
    /// Workers: one per core, at most four (task-local so a test can compare counts).
    @TaskLocal static var workers = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))
    /// Quotes per pass. Two passes are in memory at once (one tokenized while the other's
    /// blocks are inserted): a 10k rebuild peaked at 191 MB with 4,096, 155 MB with 2,048
    /// (single-threaded with 4,096: 147 MB). (Task-local so a test can make many passes.)
    @TaskLocal static var chunk = 2_048

    private let db: Database
    private let common: Set<String>
    private let tokenizers: [SendableTokenizer]
    private let shards: [PackingShard]
    private let numbering = TermNumbering()

    /// Rebuilds every posting from the quotes.
    static func run(_ db: Database) throws {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { AcceleratorCost.shared.add(DispatchTime.now().uptimeNanoseconds - started) }
        try db.execute(sql: """
            DELETE FROM accel_block; DELETE FROM accel_occ; DELETE FROM accel_skip; DELETE FROM accel_term; DELETE FROM accel_deleted;
            UPDATE accel_state SET generation = -1, rows = 0, tokens = 0, next_term = 1, whole_blocks = 0;
            """)
        let workers = max(1, Self.workers)
        let tokenizers = try (0..<workers).map { _ in SendableTokenizer(try IndexTokenizer(db)) }
        let rebuild = AcceleratorRebuild(db, tokenizers: tokenizers, common: try CommonPairs.choose(db, tokenizers))
        do {
            try rebuild.passes()
            try rebuild.flush()
            try rebuild.saveTerms()
            try AcceleratorWriter.saveState(db, generation: try Library.generation(db),
                                            rows: rebuild.numbering.rows, tokens: rebuild.numbering.tokens,
                                            nextTerm: rebuild.numbering.nextTerm)
        } catch let error as AcceleratorInconsistency {
            try AcceleratorWriter.markUnbuilt(db, reason: error)
        }
    }

    private init(_ db: Database, tokenizers: [SendableTokenizer], common: Set<String>) {
        self.db = db
        self.common = common
        self.tokenizers = tokenizers
        shards = tokenizers.map { _ in PackingShard() }
    }

    /// The passes: while the writer inserts one pass's blocks, the workers prepare the next.
    private func passes() throws {
        let select = try db.cachedStatement(sql: QuoteColumns.select + " WHERE id > ? ORDER BY id LIMIT ?")
        let chunk = Self.chunk
        let (tokenizers, common, numbering, shardCount) = (tokenizers, common, numbering, shards.count)
        var quotes = try Row.fetchAll(select, arguments: [0, chunk]).map(QuoteColumns.init)
        var pass: PreparedPass? = try PreparedPass(quotes, tokenizers, common, numbering, shards: shardCount)
        while let last = quotes.last, let prepared = pass {
            try pack(prepared.terms, prepared.parts)
            pass = nil  // (two passes' postings at once cost 50 MB at 1k)
            let blocks = takeEncoded()
            quotes = quotes.count < chunk ? [] : try Row.fetchAll(select, arguments: [last.rowid, chunk]).map(QuoteColumns.init)
            let next = BackgroundWork { [quotes] in try PreparedPass(quotes, tokenizers, common, numbering, shards: shardCount) }
            try insert(blocks)
            pass = try next.wait()
        }
    }

    /// Each shard packs its terms' postings, keeping the full blocks it encodes.
    private func pack(_ pass: PassTerms, _ parts: [TokenizedQuotes]) throws {
        let shards = shards
        try parallelMap(Array(shards.indices)) { index in
            Result { try shards[index].pack(pass, parts, index) }
        }.forEach { try $0.get() }
    }

    /// Encodes the blocks the shards kept back and inserts them, a few thousand at a time.
    private func flush() throws {
        let shards = shards
        var more = true
        while more {
            more = try parallelMap(Array(shards.indices)) { index in
                Result { try shards[index].flush(limit: 2_048) }
            }.map { try $0.get() }.contains(true)
            try insert(takeEncoded())
        }
    }

    /// The shards' encoded blocks in key order (inserted in the order the shards kept them,
    /// the b-tree inserts jumped about, and with the writer's 2 MB page cache read the file again).
    private func takeEncoded() -> [EncodedBlock] {
        var blocks = shards.flatMap(\.encoded)
        for shard in shards { shard.encoded.removeAll(keepingCapacity: true) }
        blocks.sort { ($0.termID, $0.header.lastRowid) < ($1.termID, $1.header.lastRowid) }
        return blocks
    }

    private func insert(_ blocks: [EncodedBlock]) throws {
        for block in blocks { try block.insert(db) }
    }

    /// Writes the terms, in key order.
    private func saveTerms() throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO accel_term (term, id, df) VALUES (?, ?, ?)")
        for (term, entry) in numbering.terms.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            try insert.execute(arguments: [term, entry.id, entry.df])
        }
        numbering.terms = [:]
    }
}

/// One pass's quotes tokenized in contiguous parts, one per tokenizer (row ids ascend from
/// part to part), and its terms numbered.
struct PreparedPass: Sendable {
    var parts: [TokenizedQuotes]
    var terms: PassTerms

    init(_ quotes: [QuoteColumns], _ tokenizers: [SendableTokenizer], _ common: Set<String>,
         _ numbering: TermNumbering, shards: Int) throws {
        let ranges = contiguousParts(quotes.count, tokenizers.count)
        parts = try parallelMap(Array(ranges.indices)) { index in
            Result { try TokenizedQuotes(quotes[ranges[index]], tokenizers[index].tokenizer, common: common) }
        }.map { try $0.get() }
        terms = numbering.number(parts, quotes: quotes.count, shards: shards)
    }
}

/// A rebuild's terms so far (id and quote count, in first-appearance order) and its totals.
/// Used by one thread at a time: the pass being prepared, then the writer at the end.
final class TermNumbering: @unchecked Sendable {
    var terms: [String: (id: Int64, df: Int)] = [:]
    private(set) var nextTerm: Int64 = 1
    private(set) var rows: Int64 = 0
    private(set) var tokens: Int64 = 0

    /// Numbers a pass's terms in order of first appearance (parts in order) and deals them to the shards.
    func number(_ parts: [TokenizedQuotes], quotes: Int, shards: Int) -> PassTerms {
        rows += Int64(quotes)
        tokens += parts.reduce(0) { $0 + $1.tokens }
        var pass = PassTerms(parts: parts.count, shards: shards)
        var slot: [Int64: Int] = [:]
        for (part, tokenized) in parts.enumerated() {
            for (local, name) in tokenized.terms.names.enumerated() {
                let count = tokenized.starts[local + 1] - tokenized.starts[local]
                let id: Int64
                if let known = terms.index(forKey: name) {
                    terms.values[known].df += count
                    id = terms.values[known].id
                } else {
                    id = nextTerm
                    nextTerm += 1
                    terms[name] = (id, count)
                }
                if let index = slot[id] {
                    pass.add(part: part, local: local, count: count, at: index)
                } else {
                    slot[id] = pass.ids.count
                    pass.append(id: id, name: name, part: part, local: local, count: count, shard: Int(id % Int64(shards)))
                }
            }
        }
        return pass
    }
}

/// One pass's terms: ids, quote counts and, per part, the term's index in that part's table
/// (-1 where the part lacks it); and which terms each shard packs.
struct PassTerms: Sendable {
    private(set) var ids: [Int64] = []
    private(set) var names: [String] = []
    private(set) var counts: [Int] = []
    /// `locals[term * parts + part]`.
    private(set) var locals: [Int32] = []
    private(set) var byShard: [[Int32]]
    let parts: Int

    init(parts: Int, shards: Int) {
        self.parts = parts
        byShard = Array(repeating: [], count: shards)
    }

    mutating func append(id: Int64, name: String, part: Int, local: Int, count: Int, shard: Int) {
        byShard[shard].append(Int32(ids.count))
        ids.append(id)
        names.append(name)
        counts.append(count)
        locals.append(contentsOf: repeatElement(-1, count: parts))
        locals[locals.count - parts + part] = Int32(local)
    }

    mutating func add(part: Int, local: Int, count: Int, at index: Int) {
        counts[index] += count
        locals[index * parts + part] = Int32(local)
    }
}

/// A block encoded for the accelerator's three tables.
struct EncodedBlock: Sendable {
    var termID: Int64
    var header: BlockHeader
    var ranking: [UInt8]
    var occurrences: [UInt8]

    init(_ termID: Int64, _ postings: DecodedBlock, _ range: Range<Int>) {
        self.termID = termID
        header = BlockHeader(postings, range)
        ranking = PostingBlock.encodeRanking(postings, range)
        occurrences = PostingBlock.encodeOccurrences(postings, range)
    }

    func insert(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO accel_skip (term_id, last_rowid, n, bound) VALUES (?, ?, ?, ?)")
            .execute(arguments: [termID, header.lastRowid, header.count, Data(header.encodedFrontier)])
        try db.cachedStatement(sql: "INSERT INTO accel_block (term_id, last_rowid, data) VALUES (?, ?, ?)")
            .execute(arguments: [termID, header.lastRowid, Data(ranking)])
        try db.cachedStatement(sql: "INSERT INTO accel_occ (term_id, last_rowid, data) VALUES (?, ?, ?)")
            .execute(arguments: [termID, header.lastRowid, Data(occurrences)])
    }
}

/// A tokenizer handed to one worker at a time (the rebuild gives each worker its own).
final class SendableTokenizer: @unchecked Sendable {
    let tokenizer: IndexTokenizer
    init(_ tokenizer: IndexTokenizer) { self.tokenizer = tokenizer }
}

/// Work started on another thread now, its result (or error) collected by `wait`.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Result<T, any Error>?

    init(_ work: @escaping @Sendable () throws -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.leave()
        }
    }

    /// The work's result, once it is done (the group orders the write before this read).
    func wait() throws -> T {
        done.wait()
        guard let result else { preconditionFailure("the background work finished without a result") }
        return try result.get()
    }
}
