import CLibXML2
import Foundation

/// A web page parsed by libxml2's HTML parser (recovering from any markup, never touching the network),
/// and read through `MarkupNode`s. The tree lives as long as the document.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses text, in place when the string is stored contiguously; nil only when libxml2 gives no tree at all.
    convenience init?(text: String, url: String?) {
        var text = text
        text.makeContiguousUTF8()
        guard let parsed = text.utf8.withContiguousStorageIfAvailable({ Self.parse($0, url: url) })
                ?? Array(text.utf8).withUnsafeBufferPointer({ Self.parse($0, url: url) }) else {
            return nil
        }
        self.init(document: parsed)
    }

    /// Parses UTF-8 text; nil only when libxml2 gives no tree at all.
    convenience init?(utf8 bytes: [UInt8], url: String?) {
        guard let parsed = bytes.withUnsafeBufferPointer({ Self.parse($0, url: url) }) else { return nil }
        self.init(document: parsed)
    }

    private init(document: htmlDocPtr) {
        self.document = document
    }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, url: String?) -> htmlDocPtr? {
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            return htmlReadMemory("", 0, url, "UTF-8", newsdesk_html_options())
        }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            htmlReadMemory($0, Int32(clamping: buffer.count), url, "UTF-8", newsdesk_html_options())
        }
    }

    deinit { xmlFreeDoc(document) }

    /// The `<html>` element, or whatever the root is.
    var root: MarkupNode? { xmlDocGetRootElement(document).map(MarkupNode.init) }

    /// The `<body>` element, else the root.
    var body: MarkupNode? {
        guard let root else { return nil }
        return root.children.first { $0.isElement && $0.name == "body" } ?? root
    }

    /// The `<head>` element, if any.
    var head: MarkupNode? {
        root?.children.first { $0.isElement && $0.name == "head" }
    }
}

/// A node of a libxml2 tree (HTML or XML): valid only while its document lives.
struct MarkupNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name (lowercase in HTML), "" for other nodes.
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Whether the local name is `expected` (compared without making a String).
    func named(_ expected: StaticString) -> Bool {
        guard let name = pointer.pointee.name else { return false }
        return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(expected.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// The namespace URI of an element, if any.
    var namespace: String? {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// A text node's text.
    var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// All text below this node, in order.
    var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { newsdesk_xml_free(content) }
        return String(cString: content)
    }

    var children: Children { Children(first: pointer.pointee.children) }
    var parent: MarkupNode? {
        guard let up = pointer.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { return nil }
        return MarkupNode(up)
    }

    /// The child elements.
    var elements: [MarkupNode] { children.filter(\.isElement) }

    /// The value of an attribute (by local name), if present.
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let p = property {
            if let pname = p.pointee.name, strcasecmp(UnsafeRawPointer(pname).assumingMemoryBound(to: CChar.self), name) == 0 {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(p).assumingMemoryBound(to: xmlNode.self)) else { return "" }
                defer { newsdesk_xml_free(value) }
                return String(cString: value)
            }
            property = p.pointee.next
        }
        return nil
    }

    /// Whether the element has any attributes.
    var hasAttributes: Bool { pointer.pointee.properties != nil }

    /// The base URL in force at this node (`xml:base` and the document's URL).
    var base: String? {
        guard let base = xmlNodeGetBase(pointer.pointee.doc, pointer) else { return nil }
        defer { newsdesk_xml_free(base) }
        return String(cString: base)
    }

    /// The child elements, in order.
    struct Children: Sequence, IteratorProtocol {
        var cursor: xmlNodePtr?
        init(first: xmlNodePtr?) { cursor = first }
        mutating func next() -> MarkupNode? {
            guard let node = cursor else { return nil }
            cursor = node.pointee.next
            return MarkupNode(node)
        }
    }

    /// Every element below this one, depth first, in document order.
    func descendants(where keep: (MarkupNode) -> Bool) -> [MarkupNode] {
        var found: [MarkupNode] = []
        func visit(_ node: MarkupNode) {
            for child in node.children where child.isElement {
                if keep(child) { found.append(child) }
                visit(child)
            }
        }
        visit(self)
        return found
    }
}
