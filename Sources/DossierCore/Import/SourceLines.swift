import Foundation

/// One line of the source file: its 1-based number, its byte range in the file as it
/// is on disk (without the line break) and its normalised text.
public struct SourceLine: Sendable, Hashable {
    public var number: Int
    public var byteRange: Range<Int>
    public var text: String
}

/// Splits raw text into lines (LF, CRLF or CR) that remember where they came from,
/// and normalises each line's text with `TextNormaliser`.
public enum SourceLines {
    public static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        let utf8 = Array(text.utf8)
        var start = 0
        var index = 0
        func emit(_ end: Int) {
            let (raw, clean) = utf8[start..<end].withUnsafeBufferPointer { bytes in
                (String(decoding: bytes, as: UTF8.self), TextNormaliser.needsOnlyTrimming(bytes))
            }
            let text = clean ? raw.trimmingSpaces() : TextNormaliser.normalise(raw)
            lines.append(SourceLine(number: lines.count + 1, byteRange: start..<end, text: text))
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte == 0x0A {
                emit(index)
                index += 1
                start = index
            } else if byte == 0x0D {
                emit(index)
                index += (index + 1 < utf8.count && utf8[index + 1] == 0x0A) ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < utf8.count { emit(utf8.count) }
        return lines
    }
}
