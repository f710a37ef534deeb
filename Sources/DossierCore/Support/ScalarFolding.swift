import Foundation

/// Foundation's `folding(options:locale: nil)` without bridging to NSString, for text made of
/// ASCII, Latin and Cyrillic letters and common punctuation. Folding maps each character on
/// its own, so such text folds to the concatenation of its scalars' folds, which are asked of
/// Foundation once per scalar and kept in a table. Other text (combining marks, other
/// scripts) gets nil, and the caller folds it with Foundation.
struct ScalarFolding: Sendable {
    /// Folded UTF-8 of each supported scalar below `table.count`; nil where unsupported.
    private let table: [[UInt8]?]

    static let caseAndDiacritics = ScalarFolding(options: [.caseInsensitive, .diacriticInsensitive])
    static let caseDiacriticsAndWidth = ScalarFolding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive])

    /// Scalars folded from the table: none of them joins a neighbour into one character.
    static let supported: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x24F, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E,
    ]

    init(options: String.CompareOptions) {
        var table = [[UInt8]?](repeating: nil, count: 0x2060)
        for range in Self.supported {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[Int(value)] = Array(String(Character(scalar)).folding(options: options, locale: nil).utf8)
            }
        }
        self.table = table
    }

    /// The folded text as UTF-8, or nil when the text has a scalar the table does not cover.
    func foldedUTF8<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            let value = Int(scalar.value)
            guard value < table.count, let folded = table[value] else { return nil }
            if folded.count == 1 { out.append(folded[0]) } else { out.append(contentsOf: folded) }
        }
        return out
    }

    func folded<S: StringProtocol>(_ text: S) -> String? {
        foldedUTF8(text.unicodeScalars).map { String(decoding: $0, as: UTF8.self) }
    }
}
