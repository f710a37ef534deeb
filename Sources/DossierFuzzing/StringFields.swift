/// Every `String` inside a value, found by reflection so a field added to the model later
/// is checked too, each with a path such as `quotes[2].paragraphs[0]`.
enum StringFields {
    static func all(in value: Any) -> [(path: String, text: String)] {
        var found: [(String, String)] = []
        collect(value, path: "", into: &found)
        return found
    }

    private static func collect(_ value: Any, path: String, into found: inout [(String, String)]) {
        if let text = value as? String {
            found.append((path, text))
            return
        }
        let mirror = Mirror(reflecting: value)
        for (index, child) in mirror.children.enumerated() {
            let name: String
            switch mirror.displayStyle {
            case .collection, .set: name = "\(path)[\(index)]"
            case .optional: name = path
            default: name = path.isEmpty ? (child.label ?? "\(index)") : "\(path).\(child.label ?? "\(index)")"
            }
            collect(child.value, path: name, into: &found)
        }
    }
}
