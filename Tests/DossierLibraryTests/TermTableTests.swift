import Testing
@testable import DossierLibrary

/// A rebuild's term table numbers terms by first appearance, whatever their bytes.
@Suite struct TermTableTests {
    @Test func termsAreNumberedInOrderOfFirstAppearanceThroughGrowthAndCollisions() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("abz01éжш中").map(String.init)
        var table = TermTable()
        var reference: [String: Int32] = [:]
        var order: [String] = []
        // 20,000 tokens over a few thousand short terms: many repeats, prefixes of one another
        // (`a`, `ab`, `aba`), multibyte letters, and the table growing from 1,024 slots.
        for _ in 0..<20_000 {
            let term = (0..<(1 + next(4))).map { _ in alphabet[next(alphabet.count)] }.joined()
            let expected = reference[term] ?? {
                reference[term] = Int32(order.count)
                order.append(term)
                return Int32(order.count - 1)
            }()
            var bytes = term
            let index = bytes.withUTF8 { table.intern($0) }
            #expect(index == expected, "\(term)")
            #expect(table.intern(term) == expected, "\(term)")
        }
        #expect(order.count > 1_000)
        #expect(table.names == order)
    }
}
