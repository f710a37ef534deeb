import Foundation

/// Reads back the attribution line an md or txt export shows
/// (`— Name, credentials, in “Title”, *Publication*, date, § Section [@key, para. N]`)
/// and names the fields that no longer match the record the export carries.
enum ShownAttribution {
    /// The changes from `record` to what `line` shows (nil: the file has no attribution line).
    static func changes(_ line: String?, record: QuoteRecord, format: ExportFormat) -> [FieldChange] {
        let expected = expectedLine(record, format: format)
        guard let line else { return [FieldChange(field: "attribution", old: expected, new: nil)] }
        if line == expected { return [] }
        let markdown = format == .markdown
        let read: (Substring) -> String = { markdown ? MarkdownText.unescape(String($0)) : String($0) }
        guard line.hasPrefix("— "), let inTitle = line.range(of: ", in “") else {
            return [FieldChange(field: "attribution", old: expected, new: line)]
        }
        var shown = QuoteAttribution(record: record)
        var extra: [FieldChange] = []
        // The citation (md) or the place, URL and accessed date (txt) at the end.
        var body = line[inTitle.upperBound...]
        if markdown, let open = body.range(of: " [@", options: .backwards) {
            let citation = String(body[open.upperBound...].dropLast())
            let wanted = "\(record.citationKey), para. \(record.location.paragraphsInArticle.label)"
            if citation != wanted { extra.append(FieldChange(field: "citation", old: wanted, new: citation)) }
            body = body[..<open.lowerBound]
        } else if !markdown, let place = body.range(of: ", para. ", options: .backwards) {
            extra += textTail(body[place.upperBound...], record: record, shown: &shown)
            body = body[..<place.lowerBound]
        }
        shown.section = body.range(of: ", § ", options: .backwards).map { read(body[$0.upperBound...]) }
        if let section = body.range(of: ", § ", options: .backwards) { body = body[..<section.lowerBound] }
        guard let close = body.range(of: "”", options: .backwards) else {
            return [FieldChange(field: "attribution", old: expected, new: line)]
        }
        shown.title = read(body[..<close.lowerBound])
        (shown.publication, shown.date) = publicationAndDate(body[close.upperBound...], record: record, read: read)
        (shown.speaker, shown.credentials) = speaker(read(line.dropFirst(2)[..<inTitle.lowerBound]), record: record)
        let changes = QuoteAttribution(record: record).changes(to: shown, fields: QuoteAttribution.Field.allCases.filter { $0 != .url || !markdown },
                                                          normalise: TerminalSafeText.clean)
        let all = changes + extra
        return all.isEmpty ? [FieldChange(field: "attribution", old: expected, new: line)] : all
    }

    /// The attribution line the renderers write for `record`.
    static func expectedLine(_ record: QuoteRecord, format: ExportFormat) -> String {
        let rendered = (try? QuoteRenderer.render([record], as: format, trailer: false)) ?? ""
        return rendered.split(separator: "\n").last { $0.hasPrefix("— ") }.map(String.init) ?? ""
    }

    /// txt: `3–5. URL (accessed 2 January 2025)`; sets the URL and reports other changes.
    private static func textTail(_ tail: Substring, record: QuoteRecord, shown: inout QuoteAttribution) -> [FieldChange] {
        var rest = tail
        var changes: [FieldChange] = []
        let number = rest.prefix { $0 != "." }
        if number != record.location.paragraphsInArticle.label {
            changes.append(FieldChange(field: "paragraph", old: record.location.paragraphsInArticle.label, new: String(number)))
        }
        rest = rest.dropFirst(number.count + 1).drop { $0 == " " }
        var accessed: Substring = ""
        if let open = rest.range(of: "(accessed ", options: .backwards) {
            accessed = rest[open.upperBound...].dropLast()
            rest = rest[..<open.lowerBound]
        }
        let url = rest.trimmingCharacters(in: .whitespaces)
        shown.url = url.isEmpty ? nil : url
        let wanted = CitationDate.reading(TerminalSafeText.clean(record.accessed))
        if accessed != wanted { changes.append(FieldChange(field: "accessed", old: wanted, new: String(accessed))) }
        return changes
    }

    /// After the title: `, *Publication*, 4 March 2024` (md) or `, Publication, 4 March 2024`.
    private static func publicationAndDate(_ text: Substring, record: QuoteRecord, read: (Substring) -> String) -> (String?, String?) {
        var rest = text.hasPrefix(", ") ? text.dropFirst(2) : text
        guard !rest.isEmpty else { return (nil, nil) }
        let reading = record.article.issued.map(CitationDate.reading)
        var date: String?
        if let reading, rest == Substring(reading) || rest.hasSuffix(", " + reading) {
            date = record.article.issued
            rest = rest.dropLast(reading.count).dropLast(rest.count > reading.count ? 2 : 0)
        } else if record.article.publication != nil, let comma = rest.range(of: ", ", options: .backwards),
                  rest[comma.upperBound...].first?.isNumber == true {
            date = String(rest[comma.upperBound...])
            rest = rest[..<comma.lowerBound]
        } else if record.article.publication == nil {
            return (nil, String(rest))
        }
        if rest.hasPrefix("*"), rest.hasSuffix("*"), rest.count > 1 { rest = rest.dropFirst().dropLast() }
        return (rest.isEmpty ? nil : read(rest), date)
    }

    /// `Name, credentials` split with the record's values as anchors.
    private static func speaker(_ text: String, record: QuoteRecord) -> (String, String?) {
        let name = TerminalSafeText.clean(record.speaker.name)
        let credentials = record.speaker.credentials.map(TerminalSafeText.clean)
        if text.hasPrefix(name + ", ") { return (record.speaker.name, String(text.dropFirst(name.count + 2))) }
        if text == name { return (record.speaker.name, nil) }
        if let credentials, text.hasSuffix(", " + credentials) {
            return (String(text.dropLast(credentials.count + 2)), record.speaker.credentials)
        }
        guard let comma = text.range(of: ", ") else { return (text, nil) }
        return (String(text[..<comma.lowerBound]), String(text[comma.upperBound...]))
    }
}
