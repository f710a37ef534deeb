import Foundation

/// A paragraph of the source: one line of a plain-text scrape (or a whole block when the
/// text is hard-wrapped), or one Markdown paragraph, with the lines it came from.
struct Paragraph: Sendable, Hashable {
    /// What Markdown said about the paragraph; `.plain` for plain text.
    enum Markup: Sendable, Hashable {
        case plain, heading(level: Int), blockquote, listItem, strong, rule
    }

    var text: String
    /// Indices into the source line array (not line numbers).
    var firstLine: Int
    var lastLine: Int
    /// Index of the blank-line separated block the paragraph belongs to.
    var block: Int
    var markup: Markup
    /// UTF-8 offset of `text` within its first line when it does not start the line.
    var columnOffset: Int = 0
    /// Site furniture (see `Furniture`), decided once after splitting.
    var isFurniture = false
    /// Opens the page footer (see `Furniture.opensFooter`), decided with `isFurniture`.
    var opensFooter = false
}

/// Groups normalised lines into paragraphs and blocks.
enum ParagraphSplitter {
    static func split(_ lines: [SourceLine], markdown: Bool) -> [Paragraph] {
        var paragraphs = markdown ? splitMarkdown(lines) : splitPlain(lines, hardWrapped: isHardWrapped(lines))
        for index in paragraphs.indices {
            (paragraphs[index].isFurniture, paragraphs[index].opensFooter) = Furniture.classify(paragraphs[index].text)
        }
        return paragraphs
    }

    /// Plain text: every non-empty line is a paragraph; blank lines separate blocks.
    static func splitPlain(_ lines: [SourceLine], hardWrapped: Bool) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var block = 0
        var previousBlank = true
        for (index, line) in lines.enumerated() {
            if line.text.isEmpty {
                if !previousBlank { block += 1 }
                previousBlank = true
                continue
            }
            if hardWrapped, !previousBlank, let last = paragraphs.last, last.block == block {
                paragraphs[paragraphs.count - 1].text += " " + line.text
                paragraphs[paragraphs.count - 1].lastLine = index
            } else {
                paragraphs.append(Paragraph(text: line.text, firstLine: index, lastLine: index, block: block, markup: .plain))
            }
            previousBlank = false
        }
        return paragraphs
    }

    /// A text is hard-wrapped when its long lines all stop short of a fixed width and
    /// several blocks are made of many such lines.
    static func isHardWrapped(_ lines: [SourceLine]) -> Bool {
        // A line has at most as many Characters as bytes: only long ones need counting.
        guard lines.contains(where: { !$0.text.isEmpty }),
              !lines.contains(where: { $0.text.utf8.count > 100 && $0.text.count > 100 }) else { return false }
        var multiLineBlocks = 0
        var run = 0
        // A line broken in mid-sentence (it ends on a word and the next starts in lowercase) is
        // the mark of a fixed-width copy; pages that put a paragraph on each line never do it.
        var midSentenceBreaks = 0
        var previous = ""
        for line in lines {
            if line.text.isEmpty { if run >= 3 { multiLineBlocks += 1 }; run = 0 } else if line.text.count >= 50 { run += 1 }
            if previous.utf8.count >= 40, let last = previous.last, last.isLetter || last == ",",
               let first = line.text.first, first.isLowercase {
                midSentenceBreaks += 1
            }
            previous = line.text
        }
        if run >= 3 { multiLineBlocks += 1 }
        return multiLineBlocks >= 3 || midSentenceBreaks >= 3
    }

    /// Markdown: headings, `>` quotes, list items, `**strong**` lines and rules are
    /// paragraphs of their own; other consecutive lines join as Markdown does.
    static func splitMarkdown(_ lines: [SourceLine]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var block = 0
        var blockHasContent = false
        var joinable = false
        func newBlock() { if blockHasContent { block += 1 }; blockHasContent = false; joinable = false }
        func add(_ text: String, _ index: Int, _ markup: Paragraph.Markup, offset: Int, join: Bool) {
            if join, joinable, let last = paragraphs.last, last.markup == markup, last.block == block {
                paragraphs[paragraphs.count - 1].text += " " + text
                paragraphs[paragraphs.count - 1].lastLine = index
            } else {
                paragraphs.append(Paragraph(text: text, firstLine: index, lastLine: index, block: block, markup: markup, columnOffset: offset))
            }
            blockHasContent = true
            joinable = join
        }
        for (index, line) in lines.enumerated() {
            let text = line.text
            if text.isEmpty { newBlock(); continue }
            let syntax = MarkdownLine(text)
            switch syntax.kind {
            case .heading(let level):
                newBlock(); add(syntax.content, index, .heading(level: level), offset: syntax.offset, join: false); newBlock()
            case .rule:
                newBlock(); add("", index, .rule, offset: 0, join: false); newBlock()
            case .blockquote:
                if let last = paragraphs.last, last.block == block, last.markup != .blockquote { newBlock() }
                if syntax.content.isEmpty { joinable = false; blockHasContent = true; continue }
                add(syntax.content, index, .blockquote, offset: syntax.offset, join: true)
            case .listItem:
                add(syntax.content, index, .listItem, offset: syntax.offset, join: false)
            case .strong:
                add(syntax.content, index, .strong, offset: syntax.offset, join: false)
            case .plain:
                if let last = paragraphs.last, last.block == block, last.markup == .blockquote { newBlock() }
                add(syntax.content, index, .plain, offset: syntax.offset, join: true)
            }
        }
        return paragraphs
    }
}

/// What one Markdown line is, and its content without the block syntax.
struct MarkdownLine {
    enum Kind: Equatable { case heading(Int), rule, blockquote, listItem, strong, plain }
    var kind: Kind
    var content: String
    /// UTF-8 length of the syntax removed from the front of the line.
    var offset: Int

    init(_ line: String) {
        func rest(_ prefixLength: Int) -> (String, Int) {
            let tail = String(line.dropFirst(prefixLength))
            let trimmed = tail.drop { $0 == " " }
            return (String(trimmed), line.utf8.count - trimmed.utf8.count)
        }
        if let hashes = line.firstIndex(where: { $0 != "#" }), line.hasPrefix("#"),
           line[hashes] == " ", line.distance(from: line.startIndex, to: hashes) <= 6 {
            let level = line.distance(from: line.startIndex, to: hashes)
            let (content, offset) = rest(level)
            kind = .heading(level); self.content = MarkdownInline.plain(content.trimming(CharacterSets.hashesAndSpaces)); self.offset = offset
        } else if line.count >= 3, Set(line.replacingOccurrences(of: " ", with: "")).count == 1, let c = line.first, "-*_".contains(c) {
            kind = .rule; content = ""; offset = 0
        } else if line.hasPrefix(">") {
            let (content, offset) = rest(1)
            kind = .blockquote; self.content = MarkdownInline.links(content); self.offset = offset
        } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
            let (content, offset) = rest(2)
            kind = .listItem; self.content = MarkdownInline.links(content); self.offset = offset
        } else if let strong = MarkdownInline.wholeStrong(line) {
            kind = .strong; content = strong; offset = 2
        } else {
            kind = .plain; content = MarkdownInline.links(line); offset = 0
        }
    }
}

/// Inline Markdown that the importer removes: links keep their text, images go.
enum MarkdownInline {
    static func links(_ text: String) -> String {
        guard text.nativeContains("](") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let isImage = open > rest.startIndex && rest[rest.index(before: open)] == "!"
            guard let close = rest[open...].firstIndex(of: "]"),
                  rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
                  let end = rest[close...].firstIndex(of: ")") else { break }
            out += rest[..<(isImage ? rest.index(before: open) : open)]
            if !isImage { out += rest[rest.index(after: open)..<close] }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// `**text**` or `__text__` making up the whole line (an optional colon may follow).
    static func wholeStrong(_ line: String) -> String? {
        for mark in ["**", "__"] where line.hasPrefix(mark) {
            var body = line.dropFirst(2)
            if body.hasSuffix(":") { body = body.dropLast() }
            guard body.hasSuffix(mark) else { continue }
            let inner = body.dropLast(2)
            guard !inner.isEmpty, !inner.nativeContains("*"), !inner.nativeContains("_") || mark == "**" else { continue }
            return String(inner).trimmingSpaces()
        }
        return nil
    }

    /// Markdown emphasis and links removed, for headings and names.
    static func plain(_ text: String) -> String {
        let linked = links(text)
        // Most names carry no emphasis: skip Foundation's replacement when the bytes show none.
        guard linked.nativeContains("**") || linked.nativeContains("__") else { return linked }
        return linked.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
    }
}
