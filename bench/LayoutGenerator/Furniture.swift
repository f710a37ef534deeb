/// Site furniture: what real pages print around the article (menus, tickers, bylines, captions,
/// share and subscribe lines, teasers, tags, author boxes, footers) and the endnotes after the last quote.
extension RenderContext {
    /// Menus and tickers above the title.
    mutating func furnitureBeforeTitle() {
        guard variation.furnitureTop else { return }
        if variation.newsletter {
            doc.block(["View this email in your browser"])
            doc.block("\(content.outlet) Weekly | Issue \(rng.int(40...400))")
            return
        }
        if content.language == .ru {
            doc.block(rng.sample(["Главная", "Новости", "Политика", "Экономика", "Мнения", "Видео"], 4))
            if rng.chance(0.5) { doc.block(["  • USD\(rng.int(80...99)).\(rng.int(10...99))", "  • EUR\(rng.int(90...109)).\(rng.int(10...99))"]) }
            return
        }
        var menu = ["Skip to main content", "MENU"] + rng.sample(["Home", "World", "Europe", "Analysis", "Podcasts", "Events", "Experts"], 4)
        if rng.chance(0.5) { menu.append("Search") }
        doc.block(rng.chance(0.7) ? menu : Array(menu.dropFirst()))
        if rng.chance(0.4) {
            doc.block(["  • USD\(rng.int(80...99)).\(rng.int(10...99))", "  • EUR\(rng.int(90...109)).\(rng.int(10...99))", "  • OIL\(rng.int(60...90)).\(rng.int(10...99))"])
        }
        if rng.chance(0.5) { doc.block(rng.pick(["News", "Analysis", "Europe", "Experts react"])) }
    }

    /// Byline, dateline and photo caption between the title and the lede.
    mutating func furnitureAfterTitle() {
        guard variation.furnitureTop, !variation.newsletter else { return }
        if content.language == .ru {
            doc.block(content.date)
            if rng.chance(0.5) { doc.block("Фото: РИА Новости") }
            return
        }
        var pieces = ["By \(content.byline)", rng.chance(0.5) ? content.date : "Published on \(content.date)",
                      "Photo: \(rng.pick(Vocab.photoAgencies))"]
        if rng.chance(0.3) { pieces.append("Continue to article content") }
        for piece in pieces where rng.chance(0.6) { doc.block(piece) }
    }

    /// Sometimes one piece of furniture between two expert blocks.
    mutating func furnitureBetween() {
        guard variation.furnitureBetween, !variation.newsletter, rng.chance(0.3) else { return }
        if content.language == .ru {
            doc.block(rng.pick(["Читайте также: \(rng.pick(content.teasers))", "Поделиться", "Реклама"]))
            return
        }
        doc.block(rng.pick(["Share", "Advertisement", "Read more: \(rng.pick(content.teasers))", "Photo: \(rng.pick(Vocab.photoAgencies))",
                            "Continue to article content", "Subscribe to our newsletter"]))
    }

    /// Endnotes after the last quote, in the three printed forms; one may be repeated.
    mutating func endnotes() {
        guard variation.endnotes else { return }
        var notes: [String] = []
        for (term, definition) in content.glossary {
            let capitalised = definition.prefix(1).uppercased() + definition.dropFirst()
            switch rng.int(0...2) {
            case 0 where content.language == .en: notes.append("The so-called “\(term)” \(capitalised)")
            case 1, 0: notes.append(content.language == .ru ? "«\(term)» — \(definition)" : "«\(term)» is \(definition)")
            default: notes.append("\(term.prefix(1).uppercased() + term.dropFirst()), \(definition)")
            }
        }
        if let first = notes.first, rng.chance(0.25) { notes.append(rng.chance(0.5) ? " " + first : first) }
        for note in notes { doc.block(note) }
    }

    /// Newsletter pitch, tags, author box, related teasers and the footer.
    mutating func furnitureAfter() {
        guard variation.furnitureBottom else { return }
        if variation.newsletter {
            doc.block("You are receiving this email because you subscribed to \(content.outlet).")
            doc.block("Unsubscribe | Update preferences | Forward to a friend")
            return
        }
        if content.language == .ru {
            doc.block("Подписывайтесь на наш канал")
            doc.block(["Популярное"] + content.teasers)
            doc.block("© 2026 \(content.outlet)")
            return
        }
        var pieces = [rng.pick(["Subscribe to our newsletter", "Sign up for our weekly digest"]),
                      "Tags: \(rng.sample(Vocab.tags, 3).joined(separator: ", "))", "Share",
                      "Read more: \(rng.pick(content.teasers))"]
        pieces = rng.sample(pieces, rng.int(2...4))
        if rng.chance(0.4) {
            pieces.append("\(content.byline) is a correspondent for \(content.outlet) covering Eastern Europe and the Caucasus.")
        }
        pieces += ["Site Map", "© 2026 \(content.outlet). All rights reserved."].filter { _ in rng.chance(0.6) }
        for piece in pieces { doc.block(piece) }
    }
}
