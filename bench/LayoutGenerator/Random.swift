/// A seeded SplitMix64 generator: the same seed gives the same articles on every machine.
public struct LayoutRNG: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Seeds from the hash of `seed`, so that nearby seeds (`seed + index`) give unrelated streams.
    public init(seed: UInt64) { state = Self.mix(seed) }

    /// The SplitMix64 finaliser: a well-spread 64-bit hash.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// An integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// One element of a non-empty array (the first one stands in for an empty array's missing element).
    mutating func pick<T>(_ items: [T], or fallback: T) -> T {
        items.isEmpty ? fallback : items[Int.random(in: 0..<items.count, using: &self)]
    }

    /// One element of a non-empty array of strings.
    mutating func pick(_ items: [String]) -> String { pick(items, or: "") }

    /// `count` distinct elements in random order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        Array(items.shuffled(using: &self).prefix(count))
    }
}
