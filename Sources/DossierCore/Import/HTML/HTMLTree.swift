import CLibXML2
import Foundation

/// A parsed HTML document as a flat array of nodes (no recursion anywhere, so a page of
/// 10,000 nested `<div>`s is walked, copied and freed without deep stacks), built by
/// libxml2's HTML parser, which recovers from broken markup as browsers do.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        /// Lowercased element name, or "" for a text node.
        var name: String
        /// The text of a text node (entities decoded), "" for elements.
        var text: String = ""
        var attributes: [String: String] = [:]
        var children: [Int] = []
        var parent: Int

        var isText: Bool { name.isEmpty }
        func attribute(_ key: String) -> String? { attributes[key] }
    }

    /// Node 0 is the document; its children are the top-level elements (normally `<html>`).
    private(set) var nodes: [Node]

    /// Parses UTF-8 HTML. Never fails on markup (libxml2 recovers); nil only when libxml2
    /// produced no document at all (empty input).
    init?(utf8 html: String) {
        var html = html
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
            // Without XML_PARSE_HUGE libxml2 stops at 256 levels and drops the rest of the page.
            | Int32(bitPattern: XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = html.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        nodes = [Node(name: "#document", parent: -1)]
        var stack: [(xmlNodePtr, Int)] = []
        var child = document.pointee.children
        while let node = child { stack.append((node, 0)); child = node.pointee.next }
        stack.reverse()
        while let (node, parent) = stack.popLast() {
            guard let converted = Self.convert(node, parent: parent) else { continue }
            let index = nodes.count
            nodes.append(converted)
            nodes[parent].children.append(index)
            guard !converted.isText else { continue }
            var kids: [xmlNodePtr] = []
            var next = node.pointee.children
            while let kid = next { kids.append(kid); next = kid.pointee.next }
            for kid in kids.reversed() { stack.append((kid, index)) }
        }
    }

    private static func convert(_ node: xmlNodePtr, parent: Int) -> Node? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            guard !name.isEmpty else { return nil }
            var element = Node(name: name, parent: parent)
            var attribute = node.pointee.properties
            while let current = attribute {
                if let key = current.pointee.name.map({ String(cString: $0).lowercased() }) {
                    var value = ""
                    var text = current.pointee.children
                    while let part = text {
                        if let content = part.pointee.content { value += String(cString: content) }
                        text = part.pointee.next
                    }
                    element.attributes[key] = value
                }
                attribute = current.pointee.next
            }
            return element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            return Node(name: "", text: String(cString: content), parent: parent)
        default:
            return nil
        }
    }

    subscript(index: Int) -> Node { nodes[index] }

    /// Every node under `root` (itself included) in document order, skipping the subtrees
    /// for which `descend` says false.
    func preorder(from root: Int = 0, descend: (Int) -> Bool = { _ in true }) -> [Int] {
        var order: [Int] = []
        var stack = [root]
        while let index = stack.popLast() {
            order.append(index)
            guard descend(index) else { continue }
            stack.append(contentsOf: nodes[index].children.reversed())
        }
        return order
    }

    /// The first element named `name` in document order.
    func first(_ name: String, under root: Int = 0) -> Int? {
        preorder(from: root).first { nodes[$0].name == name }
    }

    /// All text under `index`, concatenated.
    func text(of index: Int) -> String {
        preorder(from: index).reduce(into: "") { text, node in if nodes[node].isText { text += nodes[node].text } }
    }

    /// Whether `index` lies inside `ancestor` (or is it).
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }
}
