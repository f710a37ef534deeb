/// Martin Porter's 1980 suffix-stripping algorithm (with the `bli`/`logi` rules of
/// his reference implementation), the stemmer SQLite's FTS5 `porter` tokenizer uses.
/// Words that are not plain ASCII lowercase letters, or shorter than 3, pass through.
public enum PorterStemmer {
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count >= 3, bytes.count <= 64, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var w = Word(bytes)
        w.step1a(); w.step1b(); w.step1c(); w.step2(); w.step3(); w.step4(); w.step5()
        return String(decoding: w.b, as: UTF8.self)
    }

    private struct Word {
        var b: [UInt8]
        init(_ b: [UInt8]) { self.b = b }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return false
            case UInt8(ascii: "y"): return i == 0 ? true : !isConsonant(i - 1)
            default: return true
            }
        }

        /// The measure m of `b[0..<end]`: the number of VC sequences.
        func measure(_ end: Int) -> Int {
            var m = 0, i = 0
            while i < end && isConsonant(i) { i += 1 }
            while i < end {
                while i < end && !isConsonant(i) { i += 1 }
                guard i < end else { break }
                while i < end && isConsonant(i) { i += 1 }
                m += 1
            }
            return m
        }

        func hasVowel(_ end: Int) -> Bool { (0..<end).contains { !isConsonant($0) } }

        func endsDoubleConsonant(_ end: Int) -> Bool {
            end >= 2 && b[end - 1] == b[end - 2] && isConsonant(end - 1)
        }

        /// *o: stem ends consonant-vowel-consonant, the last not w, x or y.
        func endsCVC(_ end: Int) -> Bool {
            guard end >= 3, isConsonant(end - 1), !isConsonant(end - 2), isConsonant(end - 3) else { return false }
            let last = b[end - 1]
            return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
        }

        func ends(_ suffix: String) -> Bool {
            let count = suffix.utf8.count
            return b.count >= count && b[(b.count - count)...].elementsEqual(suffix.utf8)
        }

        mutating func replace(_ suffix: String, with replacement: String) {
            b.removeLast(suffix.utf8.count)
            b.append(contentsOf: replacement.utf8)
        }

        /// Applies the first rule whose suffix matches, if the stem before it has measure > `minMeasure`.
        mutating func applyFirst(_ rules: [(String, String)], minMeasure: Int) {
            for (suffix, replacement) in rules where ends(suffix) {
                if measure(b.count - suffix.utf8.count) > minMeasure { replace(suffix, with: replacement) }
                return
            }
        }

        mutating func step1a() {
            if ends("sses") { replace("sses", with: "ss") }
            else if ends("ies") { replace("ies", with: "i") }
            else if ends("ss") { return }
            else if ends("s") { replace("s", with: "") }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(b.count - 3) > 0 { replace("eed", with: "ee") }
                return
            }
            var removed = false
            for suffix in ["ed", "ing"] where ends(suffix) && hasVowel(b.count - suffix.utf8.count) {
                replace(suffix, with: "")
                removed = true
                break
            }
            guard removed else { return }
            if ends("at") { replace("at", with: "ate") }
            else if ends("bl") { replace("bl", with: "ble") }
            else if ends("iz") { replace("iz", with: "ize") }
            else if endsDoubleConsonant(b.count), let last = b.last,
                    last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") {
                b.removeLast()
            } else if measure(b.count) == 1 && endsCVC(b.count) {
                b.append(UInt8(ascii: "e"))
            }
        }

        mutating func step1c() {
            if ends("y") && hasVowel(b.count - 1) { replace("y", with: "i") }
        }

        static let step2Rules: [(String, String)] = [
                ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
                ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
                ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
                ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
                ("logi", "log"),
            ].sorted { $0.0.utf8.count > $1.0.utf8.count }

        mutating func step2() {
            applyFirst(Self.step2Rules, minMeasure: 0)
        }

        static let step3Rules: [(String, String)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]

        mutating func step3() {
            applyFirst(Self.step3Rules, minMeasure: 0)
        }

        static let step4Suffixes = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
                                    "ous", "ive", "ize", "ion", "al", "er", "ic", "ou"]

        mutating func step4() {
            for suffix in Self.step4Suffixes where ends(suffix) {
                let stemEnd = b.count - suffix.utf8.count
                guard measure(stemEnd) > 1 else { return }
                if suffix == "ion" {
                    guard stemEnd > 0, b[stemEnd - 1] == UInt8(ascii: "s") || b[stemEnd - 1] == UInt8(ascii: "t") else { return }
                }
                replace(suffix, with: "")
                return
            }
        }

        mutating func step5() {
            if ends("e") {
                let m = measure(b.count - 1)
                if m > 1 || (m == 1 && !endsCVC(b.count - 1)) { b.removeLast() }
            }
            if ends("ll") && measure(b.count) > 1 { b.removeLast() }
        }
    }
}
