import Foundation

/// Finds a page's character set and decodes it to a `String`: a byte-order mark first, then
/// valid UTF-8 (non-ASCII UTF-8 is never valid by accident in a single-byte charset, so this
/// also rescues pages whose header or `<meta>` names the wrong charset), then the charset the
/// HTTP header or the page's `<meta charset>` / `http-equiv` declares, then a guess between
/// windows-1251 and windows-1252.
enum HTMLCharset {
    /// The decoded text and the charset that decoded it (a WHATWG label such as `windows-1251`).
    static func decode(_ data: Data, header: String?, name: String) throws -> (text: String, charset: String) {
        if data.starts(with: [0xEF, 0xBB, 0xBF]), let text = SourceLoader.utf8Text(data) { return (text, "utf-8") }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = data.first == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw DossierError("\(name): declares UTF-16 (byte-order mark) but is not valid UTF-16")
            }
            return (text, "utf-16")
        }
        if let nul = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            throw DossierError("\(name): looks like a binary file (NUL byte at offset \(nul)), not an HTML page")
        }
        if let text = SourceLoader.utf8Text(data) { return (text, "utf-8") }
        let declared = [header.flatMap(label(in:)), metaCharset(in: data)].compactMap { $0 }
        for label in declared {
            guard let encoding = singleByteEncoding(label) else {
                if label == "utf-8" { continue }  // declared UTF-8 but is not: fall through to a guess
                throw DossierError("\(name): unsupported character set '\(label)' (supported: UTF-8, UTF-16, windows-1251, ISO-8859-1/windows-1252)")
            }
            if let text = String(data: data, encoding: encoding) { return (text, label) }
        }
        let guess = looksCyrillic(data) ? "windows-1251" : "windows-1252"
        guard let encoding = singleByteEncoding(guess), let text = String(data: data, encoding: encoding) else {
            throw DossierError("\(name): cannot decode the page's text")
        }
        return (text, guess)
    }

    /// The charset named in a `Content-Type` value (`text/html; charset=windows-1251`).
    static func label(in contentType: String) -> String? {
        let lower = contentType.lowercased()
        guard let range = lower.range(of: "charset=") else { return nil }
        let value = lower[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let label = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return label.isEmpty ? nil : normalised(String(label))
    }

    /// `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the
    /// first 4 KB, as browsers pre-scan (the markup before it is ASCII in every supported charset).
    static func metaCharset(in data: Data) -> String? {
        let head = String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = Substring(head)
        while let open = rest.range(of: "<meta") {
            let tag = rest[open.upperBound...].prefix { $0 != ">" }
            if let found = label(in: String(tag)) { return found }
            rest = rest[open.upperBound...]
        }
        return nil
    }

    /// WHATWG aliases for the charsets Dossier reads.
    static func normalised(_ label: String) -> String {
        switch label {
        case "utf8", "unicode-1-1-utf-8", "utf-8": "utf-8"
        case "cp1251", "x-cp1251", "windows-1251": "windows-1251"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "iso-8859-15": "windows-1252"
        default: label
        }
    }

    private static func singleByteEncoding(_ label: String) -> String.Encoding? {
        switch label {
        case "windows-1251": .windowsCP1251
        case "windows-1252": .windowsCP1252
        default: nil
        }
    }

    /// Cyrillic text in windows-1251 is mostly bytes 0xC0–0xFF; Latin text in windows-1252 has
    /// few high bytes between ASCII letters.
    private static func looksCyrillic(_ data: Data) -> Bool {
        var high = 0, letters = 0
        for byte in data {
            if byte >= 0xC0 { high += 1 } else if (byte | 0x20) &- 0x61 < 26 { letters += 1 }
        }
        return high > letters / 4
    }
}
