import Foundation
import DossierCore

/// Runs the import as a two-stage pipeline: while the single library writer stores one
/// batch (one transaction), the next batch is parsed on all cores. The writer sees the
/// batches in input order.
struct ImportPipeline<Parsed: Sendable> {
    /// Files per batch, i.e. per library transaction.
    let batchSize: Int
    /// Reads and parses one file; runs concurrently on any thread.
    let parse: @Sendable (String) -> Parsed

    /// Calls `store` for each batch of (file, parsed) pairs in order; `store` returns false to stop.
    func run(_ files: [String], store: ([(String, Parsed)]) -> Bool) {
        let batches = stride(from: 0, to: files.count, by: batchSize).map { Array(files[$0..<min(files.count, $0 + batchSize)]) }
        guard let first = batches.first else { return }
        var current = parallelMap(first, parse)
        for (index, batch) in batches.enumerated() {
            let next = index + 1 < batches.count ? Prefetch(batches[index + 1], parse) : nil
            let keepGoing = store(Array(zip(batch, current)))
            guard let next else { return }
            let parsed = next.wait()
            guard keepGoing else { return }
            current = parsed
        }
    }
}

/// A batch being parsed in the background.
private final class Prefetch<Parsed: Sendable>: @unchecked Sendable {
    private var result: [Parsed] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ files: [String], _ parse: @escaping @Sendable (String) -> Parsed) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = parallelMap(files, parse)
            self.done.signal()
        }
    }

    /// Blocks until the batch is parsed (the semaphore orders the write before the read).
    func wait() -> [Parsed] {
        done.wait()
        return result
    }
}
