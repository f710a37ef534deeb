import Foundation

/// Small text helpers for what goes into and comes out of the library.
enum LibraryText {
    /// Removes control characters (keeping newline and tab), so stored text can never
    /// carry terminal escape sequences and the snippet markers stay unambiguous.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isControl($0) })
        return String(scalars)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return false }
        return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The body split at blank lines (like `components(separatedBy: "\n\n")`, without
    /// Foundation's NSString bridging, which cost 7–8% of an import).
    static func paragraphs(of body: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(body)
        while let range = rest.nativeRange(of: "\n\n") {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }

    static func json(_ strings: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
    }

    static func strings(fromJSON json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
