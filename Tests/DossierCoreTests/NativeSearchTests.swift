import Testing
@testable import DossierCore

/// `nativeRange(of:)` finds the first byte-equal occurrence (it looks for candidates with memchr).
struct NativeSearchTests {
    /// The first occurrence by a plain byte-by-byte comparison, as a UTF-8 offset.
    private static func naiveOffset(_ text: String, _ needle: String) -> Int? {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        return (0...(haystack.count - pattern.count)).first { Array(haystack[$0..<($0 + pattern.count)]) == pattern }
    }

    private static func offset(_ text: String, _ needle: String) -> Int? {
        text.nativeRange(of: needle).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) }
    }

    @Test func edgesOfTheText() {
        #expect(Self.offset("abc", "abc") == 0)
        #expect(Self.offset("xxabc", "abc") == 2)       // at the very end
        #expect(Self.offset("ab", "abc") == nil)         // longer than the text
        #expect(Self.offset("", "a") == nil)
        #expect(Self.offset("abc", "") == nil)
        #expect(Self.offset("aaab", "aab") == 1)         // a failed candidate overlaps the match
        #expect(Self.offset("«Term» said", "» ") == 6)  // multibyte needle, offset in bytes
        #expect("Россия и Турция".nativeContains("Турция"))
        #expect(!"Россия и Турция".nativeContains("турция"))
        let range = "one, two".nativeRange(of: ", ")
        #expect(range.map { String("one, two"[$0]) } == ", ")
    }

    @Test func agreesWithAByteByByteSearch() {
        // Small alphabets (with a two-byte and a three-byte letter) make many partial matches.
        let letters: [String] = ["a", "b", " ", "é", "—"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let text = (0..<next(40)).map { _ in letters[next(letters.count)] }.joined()
            let needle = (0..<(1 + next(4))).map { _ in letters[next(letters.count)] }.joined()
            #expect(Self.offset(text, needle) == Self.naiveOffset(text, needle), "\(text) / \(needle)")
        }
    }
}
