/// Fast equivalents of standard-library text operations the importer runs on every
/// paragraph. Each gives exactly the result of the operation it replaces; the fast paths
/// work on Unicode scalars where every scalar is its own `Character` (see `isSimpleScalar`).
extension Unicode.Scalar {
    /// A scalar that never joins its neighbours into one grapheme cluster: ASCII except CR,
    /// Latin, Greek, Cyrillic and Armenian letters, and general punctuation (quotes, dashes).
    /// In text made only of these, Characters and scalars coincide.
    var isSimpleScalar: Bool {
        switch value {
        case 0x0D: return false
        case 0..<0x300, 0x370...0x482, 0x48A...0x58F, 0x1E00...0x1FFF, 0x2010...0x2027, 0x2030...0x205E,
             0x20A0...0x20CF, 0x2100...0x218F: return true
        default: return false
        }
    }

    /// `properties.isUppercase`, answered without a table lookup for ASCII.
    var isUppercaseLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    /// `properties.isAlphabetic`, answered without a table lookup for ASCII.
    var isAlphabeticLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }
}

extension StringProtocol {
    /// The same string as `lowercased()` (which maps scalar by scalar), built on bytes.
    func fastLowercased() -> String {
        if let lowered = utf8.withContiguousStorageIfAvailable(Self.lowercased(utf8:)) { return lowered }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars { Self.appendLowercased(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func lowercased(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
        // ASCII lowers byte for byte into a string of the same length: no array in between.
        if !text.contains(where: { $0 >= 0x80 }) {
            return String(unsafeUninitializedCapacity: text.count) { buffer in
                for (offset, byte) in text.enumerated() { buffer[offset] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
                return text.count
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                index += 1
                continue
            }
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for offset in 1..<width { value = value << 6 | (UInt32(text[index + offset]) & 0x3F) }
            switch value {
            case 0xA0...0xBF, 0x0430...0x045F, 0x2000...0x206F:
                // Latin-1 symbols, lowercase Cyrillic and general punctuation lower to themselves.
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<(index + width)]))
            default:
                if let scalar = Unicode.Scalar(value) { appendLowercased(scalar, to: &bytes) }
            }
            index += width
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        } else {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }

    /// `fastLowercased().hasPrefix(prefix)` for a lowercase ASCII `prefix`, without building
    /// the lowercased string: decided on bytes when the text agrees with or departs from the
    /// prefix in ASCII, otherwise by the full comparison.
    func lowercasedHasPrefix(_ prefix: StaticString) -> Bool {
        let answer: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            for (offset, expected) in pattern.enumerated() {
                guard offset < bytes.count else { return false }
                let byte = bytes[offset]
                guard byte < 0x80 else {
                    // Only U+0130 and U+212A lowercase to something that starts with ASCII; any
                    // other scalar here starts a lowered Character no ASCII one can equal.
                    let scalar = bytes.scalar(at: offset).scalar.value
                    return scalar == 0x130 || scalar == 0x212A ? nil : false
                }
                if ((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) != expected { return false }
            }
            // The prefix ends a Character unless what follows could join it.
            return pattern.count < bytes.count && bytes[pattern.count] >= 0x80 ? nil : true
        } ?? nil
        return answer ?? fastLowercased().hasPrefix(prefix.description)
    }

    /// The loop of `wordCount(upTo:)` on UTF-8 bytes; nil when a scalar is not simple (then
    /// the Character split decides).
    private static func simpleWordCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int? {
        var count = 0
        var inWord = false
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                guard byte != 0x0D else { return nil }
                offset += 1
                if byte == 0x20 { inWord = false; continue }
            } else {
                let (scalar, width) = bytes.scalar(at: offset)
                guard scalar.isSimpleScalar else { return nil }
                offset += width
            }
            if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// `contains { ascii.contains($0) }` for a set of ASCII characters, decided on bytes: a
    /// matching byte between scalars that never join their neighbours is that Character;
    /// when the neighbours could join it, the Character walk decides.
    func containsCharacter(amongASCII ascii: StaticString) -> Bool {
        let set = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
        let answer: Bool? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var unsure = false
            for offset in bytes.indices where set.contains(bytes[offset]) {
                var previous = offset - 1
                while previous > 0, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
                let afterPrevious = offset == 0 || bytes[offset - 1] < 0x80 || bytes.scalar(at: previous).scalar.isSimpleScalar
                let beforeNext = offset + 1 == bytes.count || Self.startsCharacter(bytes, at: offset + 1)
                if afterPrevious && beforeNext { return true }
                unsure = true
            }
            return unsure ? nil : false
        } ?? nil
        if let answer { return answer }
        let characters = Set(ascii.description)
        return contains { characters.contains($0) }
    }

    /// `split(separator: " ").count`, but stops counting past `limit` (returns `limit + 1`)
    /// and allocates nothing.
    func wordCount(upTo limit: Int) -> Int {
        if let counted = utf8.withContiguousStorageIfAvailable({ Self.simpleWordCount($0, upTo: limit) }), let counted { return counted }
        var count = 0
        var inWord = false
        for scalar in unicodeScalars {
            guard scalar.isSimpleScalar else { return Swift.min(split(separator: " ").count, limit + 1) }
            if scalar == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }
}

extension StringProtocol {
    /// `hasPrefix(prefix)` decided on bytes: equal bytes make equal Characters unless the text
    /// goes on with a scalar that could join the prefix's last Character (then the full test).
    /// Assumes NFC text and prefix, as the importer's text is normalised.
    func fastHasPrefix(_ prefix: String) -> Bool {
        let answer: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            var prefix = prefix
            return prefix.withUTF8 { pattern -> Bool? in
                guard pattern.count <= bytes.count else { return false }
                for offset in pattern.indices where bytes[offset] != pattern[offset] { return false }
                guard pattern.count < bytes.count else { return true }
                return Self.startsCharacter(bytes, at: pattern.count) ? true : nil
            }
        } ?? nil
        return answer ?? hasPrefix(prefix)
    }

    /// Whether the scalar at byte `offset` (a scalar boundary) surely starts a new Character.
    static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let lead = bytes[offset]
        if lead < 0x80 { return lead != 0x0A || offset == 0 || bytes[offset - 1] != 0x0D }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + width <= bytes.count else { return false }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for index in 1..<width { value = value << 6 | (UInt32(bytes[offset + index]) & 0x3F) }
        return Unicode.Scalar(value)?.isSimpleScalar ?? false
    }
}

extension Substring {
    /// The text up to the start of its `word`-th space-separated word plus `plusBytes` bytes
    /// (the whole text when shorter): where a separator must start when at most `word - 1`
    /// words may precede it. The whole text if it has scalars that could join a space into a
    /// longer Character (word counts would then differ from `split(separator: " ")`).
    func throughWordStart(_ word: Int, plusBytes: Int) -> Substring {
        let found: Int?? = utf8.withContiguousStorageIfAvailable { Self.simpleWordStart($0, word) }
        if let found, let outcome = found {
            guard outcome >= 0 else { return self }
            var end = outcome + plusBytes >= utf8.count ? endIndex : utf8.index(startIndex, offsetBy: outcome + plusBytes)
            while end < endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
            return self[..<end]
        }
        var words = 0
        var inWord = false
        var wordStart: String.Index?
        for index in unicodeScalars.indices {
            let scalar = unicodeScalars[index]
            guard scalar.isSimpleScalar else { return self }
            if scalar == " " {
                inWord = false
            } else if !inWord {
                words += 1
                if words == word { wordStart = index; break }
                inWord = true
            }
        }
        guard let wordStart else { return self }
        var end = utf8.index(wordStart, offsetBy: plusBytes, limitedBy: endIndex) ?? endIndex
        while end < endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
        return self[..<end]
    }
}

extension Substring {
    /// The byte offset where word `word` starts (-1 when there are fewer words), found on
    /// UTF-8 bytes; nil when a scalar before it is not simple.
    fileprivate static func simpleWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Int) -> Int? {
        var words = 0
        var inWord = false
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            var width = 1
            if byte >= 0x80 {
                let decoded = bytes.scalar(at: offset)
                guard decoded.scalar.isSimpleScalar else { return nil }
                width = decoded.width
            } else if byte == 0x0D {
                return nil
            }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                words += 1
                if words == word { return offset }
                inWord = true
            }
            offset += width
        }
        return -1
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar whose UTF-8 starts at `offset` of valid UTF-8, and its length in bytes.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = self[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + width <= count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for index in 1..<width { value = value << 6 | (UInt32(self[offset + index]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}


extension StringProtocol where SubSequence == Substring {
    /// `split(separator: " ")`, cut on bytes when every scalar is its own Character (then a
    /// space byte is exactly a space Character); the Character split otherwise.
    func spaceSeparatedWords() -> [Substring] {
        let cuts: [Range<Int>]? = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var cuts: [Range<Int>] = []
            var start: Int?
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == 0x20 {
                    if let wordStart = start { cuts.append(wordStart..<offset); start = nil }
                    offset += 1
                    continue
                }
                if start == nil { start = offset }
                if byte < 0x80 {
                    guard byte != 0x0D else { return nil }
                    offset += 1
                } else {
                    let (scalar, width) = bytes.scalar(at: offset)
                    guard scalar.isSimpleScalar else { return nil }
                    offset += width
                }
            }
            if let wordStart = start { cuts.append(wordStart..<bytes.count) }
            return cuts
        } ?? nil
        guard let cuts else { return split(separator: " ") }
        let base = utf8.startIndex
        return cuts.map { cut in
            self[utf8.index(base, offsetBy: cut.lowerBound)..<utf8.index(base, offsetBy: cut.upperBound)]
        }
    }
}
