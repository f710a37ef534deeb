import Foundation

/// Site furniture: navigation, tickers, subscription pitches, browser and cookie
/// warnings, share links, captions, bylines. Rules are data so a new site is a small change.
enum Furniture {
    /// Furniture wherever they appear, up to 60 words (matched on the lowercased line).
    static let linePrefixes: [String] = [
        "skip to", "subscribe to", "subscribe for", "sign up for", "sign up to", "sign in to", "share on", "share this",
        "advertisement", "image:", "photo:", "photo by", "photo via", "source: getty", "credit:", "getty images", "©",
        "all rights reserved", "we use cookies", "this site uses cookies", "this website uses cookies", "your browser is",
        "please enable javascript", "jump to", "table of contents", "in this article:", "follow us on", "tags:", "topics:",
        "filed under", "published on", "last updated", "(photo", "[image", "back to top",
        "ваш браузер", "пожалуйста, установите", "подпишитесь на", "поделиться", "читайте также", "фото:",
        "continue to article", "continue reading", "скриншот", "источник фото", "read more:", "read also:", "see also:",
        "related:", "also read:", "recommended:", "читайте также:", "по теме:", "смотрите также:",
    ]

    /// Furniture only as a short line of at most six words without a final period
    /// (`By Meridian Council experts`, `Print`, `Search`), since prose may start the same way.
    static let shortLinePrefixes: [String] = [
        "by ", "subscribe", "sign up", "sign in", "log in", "login", "register", "donate", "print", "read more",
        "read also", "see also", "related", "share", "menu", "search", "newsletter", "listen", "download", "updated",
        "posted", "published", "comments", "реклама", "подписаться", "автор", "site map", "sitemap", "most read",
        "most popular", "trending", "popular", "recommended", "you may also like", "more stories", "популярное",
        "самое читаемое", "главное", "новости партнеров", "читать далее", "комментарии",
    ]

    /// Lines that open the page footer: after the first expert appears, nothing after one is content.
    static let footerPrefixes: [String] = [
        "subscribe", "sign up", "newsletter", "further reading", "related experts", "related articles", "related reading",
        "related content", "related posts", "related stories", "more from", "more on", "read more", "share this",
        "stay informed", "about the author", "about the authors", "all rights reserved", "©", "copyright", "comments",
        "tags:", "topics:", "ваш браузер", "подпишитесь", "читайте также", "об авторе", "site map", "most read",
        "most popular", "популярное", "самое читаемое", "новости партнеров", "к сожалению, браузер",
    ]

    /// Sentences that mark a disclaimer, which always sits in the footer.
    static let footerPhrases: [String] = [
        "views expressed", "does not take institutional positions", "do not necessarily reflect", "not necessarily represent",
        "is solely responsible", "мнение редакции может не совпадать", "you are receiving this", "you received this email",
        "unsubscribe", "manage your preferences", "view this email in", "view in browser", "forward this email",
    ]

    static let lineStarts = FirstBytes(linePrefixes)
    static let shortLineStarts = FirstBytes(shortLinePrefixes)
    static let footerStarts = FirstBytes(footerPrefixes)

    /// Furniture lines are short; longer paragraphs are prose (checked first, as it is cheap).
    static let longestFurnitureBytes = 600

    /// Whether a paragraph is furniture and whether it opens the footer, from one lowercased copy.
    static func classify(_ text: String) -> (isFurniture: Bool, opensFooter: Bool) {
        guard text.utf8.count <= longestFurnitureBytes else { return (false, text.hasPrefix("{")) }
        let lower = text.fastLowercased()
        let stripped = lower.trimming(CharacterSets.emphasisMarks)
        let found = needles.occurrences(in: lower)
        // The phrases start and end with letters, so trimming cannot touch them.
        let footerPhrase = found & footerPhraseBits != 0
        let opensFooter = footerStarts.mayStart(stripped) && footerPrefixes.contains(where: { stripped.fastHasPrefix($0) })
            && text.wordCount(upTo: 25) <= 25 || footerPhrase || stripped.fastHasPrefix("{")
        return (isFurniture(text, lower: lower, stripped: stripped, found: found), opensFooter)
    }

    static func isFurniture(_ text: String) -> Bool { classify(text).isFurniture }

    static func opensFooter(_ text: String) -> Bool { classify(text).opensFooter }

    /// `" min read"`, `"](http"`, then the footer phrases: searched in one pass.
    private static let needles = NeedleSet([" min read", "](http"] + footerPhrases)
    private static let footerPhraseBits: UInt64 = ((1 << footerPhrases.count) - 1) << 2

    private static func isFurniture(_ text: String, lower: String, stripped: String, found: UInt64) -> Bool {
        if lower.isEmpty { return true }
        if isTicker(text) || isShortNavigation(text) || isJSONLine(text) || isByline(text) { return true }
        if found & 1 != 0 || lower.fastHasPrefix("[home]") || found & 2 != 0 && lower.fastHasPrefix("[") { return true }
        let wordCount = text.wordCount(upTo: 60)
        if lineStarts.mayStart(stripped), linePrefixes.contains(where: { stripped.fastHasPrefix($0) }) && wordCount <= 60 { return true }
        if wordCount <= 6, !stripped.hasSuffix("."), shortLineStarts.mayStart(stripped),
           shortLinePrefixes.contains(where: { stripped.fastHasPrefix($0) }) { return true }
        return found & footerPhraseBits != 0
    }

    /// `• USD102.58`, `• 9383`, `EUR 107,43`, `DONATEРусский`.
    static func isTicker(_ text: String) -> Bool {
        // A ticker prints at most five letters, all before its figures: a line with six ASCII
        // letters is none (found within a word or two, before any Character walk).
        var asciiLetters = 0
        for byte in text.utf8 where (0x61...0x7A).contains(byte | 0x20) {
            asciiLetters += 1
            if asciiLetters > 5 { return text.hasPrefix("DONATE") }
        }
        var body = Substring(text)
        while let first = body.first, "•·-*–".contains(first) || first == " " { body = body.dropFirst() }
        let lettersEnd = body.firstIndex { !$0.isLetter } ?? body.endIndex
        let letters = body[..<lettersEnd]
        if letters.count <= 5 {
            // The rest without spaces and tabs at both ends (as `trimmingSpaces`, without a copy).
            var rest = body[lettersEnd...]
            while let first = rest.first, Character.spaces.contains(first) { rest = rest.dropFirst() }
            while let last = rest.last, Character.spaces.contains(last) { rest = rest.dropLast() }
            if !rest.isEmpty, rest.allSatisfy({ $0.isNumber || ".,%+-−▲▼ ".contains($0) }) { return true }
        }
        if letters.isEmpty, !body.isEmpty, body.allSatisfy({ $0.isNumber || ".,  ".contains($0) }) { return true }
        return text.hasPrefix("DONATE")
    }

    /// `By Clara Wendt · 18 November 2025`, `By Jane Doe and John Roe`: a byline, perhaps with a date.
    static func isByline(_ text: String) -> Bool {
        guard text.hasPrefix("By ") || text.hasPrefix("by ") || text.hasPrefix("Автор: "), text.wordCount(upTo: 12) <= 12,
              !text.hasSuffix("."), let name = text.split(separator: " ").dropFirst().first, name.first?.isUppercase == true else { return false }
        return true
    }

    /// One or two all-capital words (`REPORTS`, `ANALYTICS`).
    static func isShortNavigation(_ text: String) -> Bool {
        guard text.wordCount(upTo: 2) <= 2, text.count >= 2 else { return false }
        let letters = text.unicodeScalars.filter { $0.isAlphabeticLetter }
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercaseLetter }
    }

    /// Pieces of a JSON blob pasted with the page (`{`, `"authors": [`, `],`).
    static func isJSONLine(_ text: String) -> Bool {
        if text.utf8.count <= 2, ["{", "}", "[", "]", "},", "],", "{}", "[]"].contains(text) { return true }
        if text.hasPrefix("{"), text.nativeContains("\":") { return true }
        guard text.fastHasPrefix("\"") else { return false }
        if text.hasPrefix("\""), text.hasSuffix("\",") || text.hasSuffix("\"") && !text.nativeContains(" ") { return true }
        if text.hasPrefix("\""), let colon = text.nativeRange(of: "\":"), text[text.startIndex..<colon.lowerBound].count < 40 { return true }
        return false
    }
}

/// The first UTF-8 bytes of a list of prefixes, to skip the list when a text cannot match:
/// every prefix starts with a character that has no other spelling (ASCII, Cyrillic, ©), so
/// `hasPrefix` can only succeed when the first bytes agree.
struct FirstBytes {
    private var table = [Bool](repeating: false, count: 256)
    private var hasEmptyPrefix = false

    init(_ prefixes: [String]) {
        for prefix in prefixes {
            if let byte = prefix.utf8.first { table[Int(byte)] = true } else { hasEmptyPrefix = true }
        }
    }

    func mayStart(_ text: String) -> Bool {
        hasEmptyPrefix || text.utf8.first.map { table[Int($0)] } ?? false
    }
}
