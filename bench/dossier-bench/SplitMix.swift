/// A small seeded PRNG (SplitMix64): the same seed gives the same corpus everywhere.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Samples ranks 0..<count with probability ∝ 1/(rank+1)^exponent.
struct Zipf {
    private let cumulative: [Double]

    init(count: Int, exponent: Double = 1.05) {
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += 1 / pow(Double(rank + 1), exponent)
            return total
        }
    }

    func sample(_ rng: inout SplitMix) -> Int {
        let target = Double.random(in: 0..<(cumulative.last ?? 1), using: &rng)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

import Foundation
