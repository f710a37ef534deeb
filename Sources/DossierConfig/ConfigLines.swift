/// The line each key of a TOML file is on (TOMLKit reports lines for syntax
/// errors only). Keys are dotted paths: `keys.move_down`, `colors`.
struct ConfigLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.path(inner)
                record(table, index + 1)
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#"),
                      line[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || "_-.\"' \t".contains($0) }) {
                let key = Self.path(line[..<equals])
                if !key.isEmpty { record(table + key, index + 1) }
            }
        }
    }

    private mutating func record(_ path: [String], _ line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// A dotted key split into its parts, quotes and spaces removed.
    private static func path(_ text: Substring) -> [String] {
        text.split(separator: ".").map { part in
            String(part.trimmingSpaces.trimmingQuotes)
        }.filter { !$0.isEmpty }
    }

    /// The line of a key, else of the nearest enclosing table that has one.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return nil
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }

    var trimmingQuotes: Substring {
        guard count >= 2, let first, let last, first == last, first == "\"" || first == "'" else { return self }
        return dropFirst().dropLast()
    }
}
