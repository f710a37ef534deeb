/// Finds the part of a page that is the article, as readability and trafilatura do: first
/// everything that is never content is pruned (navigation, page header and footer, asides,
/// figures, scripts, forms, hidden elements, comment threads, related-article and share
/// blocks), then the container is chosen by structure (`<article>`, `<main>`,
/// `role=main`, `itemprop=articleBody`) and by text density: the deepest element holding
/// most of the page's text that is not link text.
struct MainContent {
    let tree: HTMLTree
    /// Nodes whose subtree is dropped.
    private(set) var pruned: Set<Int> = []
    /// The chosen container.
    private(set) var root: Int = 0

    /// Elements that are never article text.
    static let droppedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "nav", "aside", "footer", "figure", "figcaption", "form", "button", "select", "input",
        "textarea", "label", "dialog", "menu", "img", "picture",
    ]
    /// `class`/`id` words that always mark furniture (matched at the start of a word part).
    static let furnitureWords = ["comment", "related", "share", "sharing", "social", "newsletter", "subscribe",
                                 "cookie", "breadcrumb", "disqus", "outbrain", "taboola", "recommend", "more-stories",
                                 "paywall", "byline", "dateline", "signup", "sign-up", "tags", "byline-share"]
    /// Words that mark furniture unless the same attribute also says content.
    static let weakFurnitureWords = ["sidebar", "promo", "advert", "banner", "popup", "modal", "sponsor", "widget", "masthead", "menu"]
    static let contentWords = ["article", "content", "main", "body", "story", "entry", "post", "text"]
    static let furnitureRoles: Set<String> = ["navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alert", "menu"]

    init(_ tree: HTMLTree) {
        self.tree = tree
        prune()
        root = chooseRoot()
    }

    /// Whether `index` is pruned or lies under a pruned node.
    func isKept(_ index: Int) -> Bool { !pruned.contains(index) }

    private mutating func prune() {
        // Walk with a flag saying whether we are inside <article>/<main>: a <header> there is the
        // article's own (title, lede), elsewhere it is the site's masthead.
        var stack: [(Int, Bool)] = [(0, false)]
        while let (index, inArticle) = stack.popLast() {
            let node = tree[index]
            if node.isText { continue }
            if index != 0, Self.isFurniture(node, inArticle: inArticle) { pruned.insert(index); continue }
            let nowInArticle = inArticle || node.name == "article" || node.name == "main" || node.attribute("role") == "main"
            for child in node.children { stack.append((child, nowInArticle)) }
        }
    }

    static func isFurniture(_ node: HTMLTree.Node, inArticle: Bool) -> Bool {
        if node.name == "html" || node.name == "body" { return false }
        if droppedElements.contains(node.name) { return true }
        if node.name == "header" && !inArticle { return true }
        if node.attributes["hidden"] != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) { return true }
        if let type = node.attribute("itemtype"), type.contains("Comment") { return true }
        if node.name == "article" || node.name == "main" { return false }
        let words = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }
            .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) }
        let parts = words.flatMap { word in [Substring(word)] + word.split(whereSeparator: { $0 == "-" || $0 == "_" }) }
        // "commentary" is this genre's content, not a comment thread.
        func matches(_ list: [String]) -> Bool {
            parts.contains { part in !part.hasPrefix("commentar") && list.contains { part.hasPrefix($0) } }
        }
        if matches(furnitureWords) { return true }
        return matches(weakFurnitureWords) && !matches(contentWords)
    }

    /// Letters of text outside links under each kept node (link text counts nothing, so menus,
    /// tag clouds and teaser lists weigh little however long they are).
    private func weights() -> [Int] {
        var weight = [Int](repeating: 0, count: tree.nodes.count)
        let order = tree.preorder { !pruned.contains($0) && tree[$0].name != "a" }
        for index in order.reversed() where !pruned.contains(index) {
            let node = tree[index]
            if node.isText {
                weight[index] = node.text.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic ? 1 : 0) }
            } else if node.name != "a" {
                weight[index] = node.children.reduce(0) { $0 + weight[$1] }
            }
        }
        return weight
    }

    private func chooseRoot() -> Int {
        let weight = weights()
        let total = weight[0]
        guard total > 0 else { return 0 }
        let kept = tree.preorder { !pruned.contains($0) }.filter { !pruned.contains($0) }
        // Structure first: the heaviest <article>/<main>/role=main/articleBody holding at least half the text.
        let marked = kept.filter { index in
            let node = tree[index]
            return node.name == "article" || node.name == "main" || node.attribute("role") == "main"
                || node.attribute("itemprop") == "articleBody"
        }
        if let best = marked.max(by: { weight[$0] < weight[$1] }), weight[best] * 2 >= total {
            // An <article> inside <main> is the tighter container when it holds nearly all of it.
            var chosen = best
            while let inner = marked.filter({ $0 != chosen && tree.isInside($0, chosen) }).max(by: { weight[$0] < weight[$1] }),
                  weight[inner] * 10 >= weight[chosen] * 9 {
                chosen = inner
            }
            return chosen
        }
        // Density: descend while one child holds at least 85% of the page's text.
        var current = 0
        while let child = tree[current].children.filter({ !pruned.contains($0) }).max(by: { weight[$0] < weight[$1] }),
              weight[child] * 100 >= total * 85, !tree[child].isText {
            current = child
        }
        return current
    }
}
