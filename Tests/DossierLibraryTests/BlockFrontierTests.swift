import Testing
@testable import DossierLibrary

/// A block's frontier: the (length, frequency) pairs no other posting beats on both.
@Suite struct BlockFrontierTests {
    /// The definition, spelled out: sort by length (longest frequency first), keep each pair that
    /// raises the frequency.
    static func reference(_ pairs: [(length: Int32, f2: Int32)]) -> [(length: Int32, f2: Int32)] {
        var frontier: [(length: Int32, f2: Int32)] = []
        for pair in pairs.sorted(by: { $0.length < $1.length || ($0.length == $1.length && $0.f2 > $1.f2) })
        where pair.f2 > (frontier.last?.f2 ?? -1) { frontier.append(pair) }
        return frontier
    }

    @Test func theStaircaseIsTheParetoFrontierOfAnyBlock() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int32 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int32((state >> 33) % UInt64(bound))
        }
        for trial in 0..<500 {
            let count = 1 + Int(next(PostingBlock.capacity))
            // Small ranges make ties in length and frequency common; large ones make long frontiers.
            let lengthRange = trial % 2 == 0 ? 8 : 2_000, frequencyRange = trial % 3 == 0 ? 3 : 40
            var block = DecodedBlock()
            for _ in 0..<count {
                block.lengths.append(next(lengthRange))
                block.f2.append(next(frequencyRange))
            }
            let start = Int(next(count))
            let got = BlockHeader.paretoPairs(block, start..<count)
            let expected = Self.reference((start..<count).map { (block.lengths[$0], block.f2[$0]) })
            #expect(got.elementsEqual(expected) { $0 == $1 }, "trial \(trial)")
        }
    }
}
