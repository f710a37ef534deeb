import Foundation

/// JSON encoding of export values with stable key order, and its decoding.
public enum RecordJSON {
    /// Pretty-printed, sorted keys, slashes unescaped, DEL and C1 controls escaped.
    public static func pretty<T: Encodable>(_ value: T) throws -> String {
        try encode(value, formatting: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// One line, sorted keys, with `<` and `>` escaped so it can sit inside an HTML comment.
    public static func compact<T: Encodable>(_ value: T) throws -> String {
        try encode(value, formatting: [.sortedKeys, .withoutEscapingSlashes])
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
    }

    private static func encode<T: Encodable>(_ value: T, formatting: JSONEncoder.OutputFormatting) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // JSONEncoder escapes C0 controls but not DEL/C1; those can only occur inside strings.
        guard text.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
