import Foundation

/// Cleans one line of scraped text: Unicode NFC, every kind of space as a plain space,
/// and no control characters or terminal escape sequences (they are removed, never passed on).
public enum TextNormaliser {
    public static func normalise(_ line: String) -> String {
        if line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return line.trimmingSpaces() }
        let withoutEscapes = stripEscapeSequences(line)
        let cleaned = clean(withoutEscapes)
        let composed = needsComposition(cleaned) ? cleaned.precomposedStringWithCanonicalMapping : cleaned
        return composed.trimmingSpaces()
    }

    /// Whether `normalise` would only trim the line: every scalar is printable ASCII or a
    /// Latin, Cyrillic or punctuation scalar that is kept as is and that NFC leaves alone.
    static func needsOnlyTrimming(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < line.count {
            let byte = line[offset]
            if byte < 0x80 {
                guard byte >= 0x20 && byte < 0x7F else { return false }
                offset += 1
                continue
            }
            let (scalar, width) = line.scalar(at: offset)
            switch scalar.value {
            case 0xA1...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E: offset += width
            default: return false
            }
        }
        return true
    }

    /// Drops control and invisible formatting characters and turns every kind of space into
    /// a plain space; returns the text itself when nothing needs changing (most lines).
    static func clean(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ replacement(for: $0) == $0 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let kept = replacement(for: scalar) { scalars.append(kept) }
        }
        return String(scalars)
    }

    /// What one scalar becomes: itself, a plain space, or nothing (nil).
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x20..<0x7F: return scalar
        case 0x09: return " "
        case 0x00...0x1F, 0x7F...0x9F: return nil                      // C0, DEL, C1 controls
        case 0x200B, 0xFEFF, 0x00AD: return nil                         // zero-width space, BOM, soft hyphen
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: return nil // bidi controls
        case 0x2028, 0x2029: return " "
        default: return scalar.properties.generalCategory == .spaceSeparator ? " " : scalar
        }
    }

    /// Whether NFC could change the text: only combining marks, Hangul jamo and the few
    /// singleton decompositions (Ω, Å, CJK compatibility ideographs) can.
    static func needsComposition(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.value >= 0x300 && (
                scalar.properties.canonicalCombiningClass != .notReordered
                || (0x1100...0x11FF).contains(scalar.value) || (0x0300...0x036F).contains(scalar.value)
                || [0x2126, 0x212A, 0x212B, 0x0374, 0x037E, 0x0387, 0x1FEF].contains(scalar.value)
                || (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
                || (0x3099...0x309A).contains(scalar.value) || (0x0B3E...0x0B57).contains(scalar.value)
                || (0x0CC2...0x0CD6).contains(scalar.value) || (0x0DCF...0x0DDF).contains(scalar.value) || (0x102E...0x102E).contains(scalar.value)
            )
        }
    }

    /// Removes ANSI/VT escape sequences (CSI, OSC, DCS and two-character escapes).
    static func stripEscapeSequences(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0x1B || $0.value == 0x9B }) else { return text }
        var out = String.UnicodeScalarView()
        var iterator = Array(text.unicodeScalars)[...]
        while let scalar = iterator.popFirst() {
            guard scalar.value == 0x1B || scalar.value == 0x9B else { out.append(scalar); continue }
            let kind: UInt32 = scalar.value == 0x9B ? 0x5B : (iterator.popFirst()?.value ?? 0)
            switch kind {
            case 0x5B: // CSI: parameters until a final byte 0x40–0x7E
                while let next = iterator.popFirst(), !(0x40...0x7E).contains(next.value) {}
            case 0x5D, 0x50, 0x5F, 0x5E: // OSC, DCS, APC, PM: until BEL or ESC \
                while let next = iterator.popFirst() {
                    if next.value == 0x07 { break }
                    if next.value == 0x1B { _ = iterator.popFirst(); break }
                }
            default: break // two-character escape: already consumed
            }
        }
        return String(out)
    }
}
