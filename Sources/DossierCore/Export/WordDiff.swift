/// A word-level diff of two texts (the standard library's Myers difference over
/// whitespace-separated words), printed wdiff-style: `[-old-]{+new+}`.
public struct WordDiff: Sendable, Hashable {
    /// A run of words that are equal, removed or added.
    public enum Piece: Sendable, Hashable {
        case same([String]), removed([String]), added([String])
    }

    public let pieces: [Piece]

    public init(old: String, new: String) {
        let before = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let after = new.split(whereSeparator: \.isWhitespace).map(String.init)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in after.difference(from: before) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var pieces: [Piece] = []
        var oldIndex = 0
        var newIndex = 0
        func append(_ piece: Piece) {
            switch (pieces.last, piece) {
            case (.same(let a)?, .same(let b)): pieces[pieces.count - 1] = .same(a + b)
            case (.removed(let a)?, .removed(let b)): pieces[pieces.count - 1] = .removed(a + b)
            case (.added(let a)?, .added(let b)): pieces[pieces.count - 1] = .added(a + b)
            default: pieces.append(piece)
            }
        }
        while oldIndex < before.count || newIndex < after.count {
            if oldIndex < before.count, removed.contains(oldIndex) {
                append(.removed([before[oldIndex]]))
                oldIndex += 1
            } else if newIndex < after.count, inserted.contains(newIndex) {
                append(.added([after[newIndex]]))
                newIndex += 1
            } else {
                if oldIndex < before.count { append(.same([before[oldIndex]])) }
                oldIndex += 1
                newIndex += 1
            }
        }
        self.pieces = pieces
    }

    /// True when the word sequences are equal.
    public var isEmpty: Bool { pieces.allSatisfy { if case .same = $0 { true } else { false } } }

    /// The changes with up to `context` equal words around each, runs elided with `…`.
    public func rendered(context: Int = 6) -> String {
        var parts: [String] = []
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .removed(let words): parts.append("[-" + words.joined(separator: " ") + "-]")
            case .added(let words): parts.append("{+" + words.joined(separator: " ") + "+}")
            case .same(let words):
                let isFirst = index == 0
                let isLast = index == pieces.count - 1
                if words.count <= context * 2 && !isFirst && !isLast {
                    parts.append(words.joined(separator: " "))
                } else {
                    let head = isFirst ? [] : Array(words.prefix(context))
                    let tail = isLast ? [] : Array(words.suffix(context))
                    parts.append((head + ["…"] + tail).joined(separator: " "))
                }
            }
        }
        return TerminalSafeText.clean(parts.joined(separator: " "))
    }
}
