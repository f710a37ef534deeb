/// Renders the main content of a page as the importer's Markdown dialect, the *page text*:
/// `#`/`##`/`###` for `<h1>`/`<h2>`/`<h3>`–`<h6>`, `**Name**` for a paragraph that is wholly
/// `<strong>`/`<b>`, `> ` for paragraphs in a `<blockquote>`, `- ` for list items, a blank
/// line between blocks, and a line break for `<br>` (a paragraph break for `<br><br>`).
/// Inline markup is dropped and runs of white space collapse, as a browser shows them.
struct PageTextRenderer {
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "dl", "dt", "dd", "pre",
        "hr", "address", "center", "details", "summary", "hgroup", "fieldset", "body", "html",
    ]

    private enum Kind: Equatable { case plain, heading(Int), listItem }
    private struct Segment { var text: String; var strong: Bool }

    private let tree: HTMLTree
    private let content: MainContent
    private var blocks: [String] = []
    /// How the last block was emitted, to choose the separator before the next one.
    private var lastWasListItem = false
    private var lastQuoteDepth = 0
    private var segments: [Segment] = []
    private var kind: Kind = .plain
    private var quoteDepth = 0
    private var strongDepth = 0
    private var preDepth = 0
    private var pendingBreak = false

    init(tree: HTMLTree, content: MainContent) {
        self.tree = tree
        self.content = content
    }

    /// The page text of `root`, preceded by `title` as a `#` heading when given.
    mutating func render(title: String?) -> String {
        if let title { emit(title, kind: .heading(1)) }
        // An explicit stack of enter/exit events: pages nest thousands of levels deep.
        var stack: [(Int, Bool)] = [(content.root, false)]
        while let (index, exiting) = stack.popLast() {
            let node = tree[index]
            if exiting { exit(node); continue }
            if node.isText { addText(node.text); continue }
            guard content.isKept(index) else { continue }
            enter(node)
            stack.append((index, true))
            for child in node.children.reversed() { stack.append((child, false)) }
        }
        flush()
        return blocks.joined() + (blocks.isEmpty ? "" : "\n")
    }

    private mutating func enter(_ node: HTMLTree.Node) {
        switch node.name {
        case "br":
            if pendingBreak { flush() } else { segments.append(Segment(text: "\n", strong: false)); pendingBreak = true }
            return
        case "b", "strong": strongDepth += 1
        case "pre": flush(); preDepth += 1
        case "blockquote": flush(); quoteDepth += 1; lastQuoteDepth = -1
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush(); kind = .heading(min(3, Int(String(node.name.dropFirst())) ?? 3))
        case "li", "dt", "dd": flush(); kind = node.name == "li" ? .listItem : .plain
        case "hr": flush()
        default: if Self.blockElements.contains(node.name) { flush() }
        }
        pendingBreak = false
    }

    private mutating func exit(_ node: HTMLTree.Node) {
        switch node.name {
        case "b", "strong": strongDepth -= 1
        case "pre": flush(); preDepth -= 1
        case "blockquote": flush(); quoteDepth -= 1; lastQuoteDepth = -1
        default: if Self.blockElements.contains(node.name) { flush() }
        }
    }

    private mutating func addText(_ raw: String) {
        let text = preDepth > 0 ? raw : Self.collapse(raw)
        guard !text.isEmpty else { return }
        if text != " " { pendingBreak = false }
        segments.append(Segment(text: text, strong: strongDepth > 0))
    }

    /// Ends the paragraph being collected and emits it.
    private mutating func flush() {
        defer { segments = []; kind = .plain; pendingBreak = false }
        let joined = segments.map(\.text).joined()
        let lines = joined.split(separator: "\n").map { Self.collapse(String($0)).trimmingSpaces() }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return }
        switch kind {
        case .heading(let level):
            emit(lines.joined(separator: " "), kind: .heading(level))
        case .listItem:
            emit(lines.joined(separator: " "), kind: .listItem)
        case .plain:
            if let strong = wholeStrong() { emit("**\(strong.name)**" + strong.colon, kind: .plain) } else {
                emit(lines.joined(separator: "\n"), kind: .plain)
            }
        }
    }

    /// The paragraph's text when all of it is strong (an outside trailing colon allowed).
    private func wholeStrong() -> (name: String, colon: String)? {
        let strong = segments.filter(\.strong).map(\.text).joined()
        let rest = segments.filter { !$0.strong }.map(\.text).joined().filter { $0 != " " && $0 != "\n" }
        let name = Self.collapse(strong.replacingOccurrences(of: "\n", with: " ")).trimmingSpaces()
        guard !name.isEmpty, rest.isEmpty || rest == ":", !name.contains("*") else { return nil }
        return (name, rest)
    }

    private mutating func emit(_ text: String, kind: Kind) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        switch kind {
        case .heading(let level): lines = [String(repeating: "#", count: level) + " " + lines.joined(separator: " ")]
        case .listItem: lines = ["- " + lines.joined(separator: " ")]
        case .plain: break
        }
        let prefix = String(repeating: "> ", count: quoteDepth)
        let separator: String
        if blocks.isEmpty {
            separator = ""
        } else if quoteDepth > 0 && lastQuoteDepth == quoteDepth {
            separator = String(String(repeating: "> ", count: quoteDepth).dropLast()) + "\n"  // a new paragraph of the same quote
        } else if kind == .listItem && lastWasListItem && quoteDepth == lastQuoteDepth {
            separator = ""
        } else {
            separator = "\n"
        }
        blocks.append(separator + lines.map { prefix + $0 + "\n" }.joined())
        lastWasListItem = kind == .listItem
        lastQuoteDepth = quoteDepth
    }

    /// Runs of ASCII white space as one space.
    static func collapse(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                space = true
            } else {
                if space { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        if space { out.unicodeScalars.append(" ") }
        return out
    }
}
