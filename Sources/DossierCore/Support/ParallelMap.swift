import Foundation

/// Maps `items` with `transform` on all cores, keeping the input order. Used to parse
/// articles in parallel while a single writer stores them in order, and to tokenize and
/// pack the search accelerator's postings in parts.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) -> [R] {
    let slots = Slots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        slots.set(index, transform(items[index]))
    }
    return slots.values()
}

/// `count` items cut into `parts` contiguous ranges of near-equal size, in order (the last
/// ones may be shorter or empty): one part per worker of a `parallelMap`.
public func contiguousParts(_ count: Int, _ parts: Int) -> [Range<Int>] {
    let parts = max(1, parts)
    let size = (count + parts - 1) / parts
    return (0..<parts).map { min($0 * size, count)..<min(($0 + 1) * size, count) }
}

/// Lock-protected result slots for `parallelMap`.
private final class Slots<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock(); storage[index] = value; lock.unlock()
    }

    func values() -> [R] {
        lock.lock(); defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
