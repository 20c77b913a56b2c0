import CLibXML2
import Foundation

/// Walks a page's body once and cuts its visible text into `TextBlock`s, recording the block-level
/// elements that hold them (with what their class and id hint) so that the extractor can weigh whole
/// parts of the page. Scripts, styles, forms' controls, embedded media and hidden elements are passed over.
struct BlockCollector {
    /// A block-level element of the page.
    struct Element {
        /// The enclosing block-level element (-1 for the body).
        var parent: Int
        var tag: String
        /// What the element's tag, class and id say.
        var hint: ClassHints.Hint
        /// What its tag alone says (`nav`, `aside`, `footer` … furniture; `main` the body; `article` likely).
        var tagHint: ClassHints.Hint = .neutral
        /// A figure, figure caption or table caption: its text is a caption.
        var isCaption = false
        /// What a block of text directly inside it is.
        var kind: TextBlock.Kind = .other
    }

    private(set) var elements: [Element] = []
    private(set) var blocks: [TextBlock] = []

    /// Text of the block being read (UTF-8), and how much of it is inside links.
    private var buffer: [UInt8] = []
    private var bufferLinkBytes = 0
    private var pendingSpace = false
    private var linkDepth = 0
    private var hints: [String: ClassHints.Hint] = [:]
    /// What each tag name is, by its bytes: each name is looked at once per page.
    private var tags: [TagKey: Tag] = [:]

    static func collect(_ body: MarkupNode) -> BlockCollector {
        var collector = BlockCollector()
        collector.buffer.reserveCapacity(4096)
        collector.elements.append(Element(parent: -1, tag: "body", hint: .neutral))
        collector.visitChildren(of: body, owner: 0)
        collector.flush(owner: 0)
        return collector
    }

    /// What the walk needs to know of a tag name.
    private struct Tag {
        enum Role { case skipped, lineBreak, link, inline, block }
        var name: String
        var role: Role
        var kind: TextBlock.Kind
        var tagHint: ClassHints.Hint
        var isCaption: Bool

        init(_ name: String) {
            self.name = name
            role = BlockCollector.skipped.contains(name) ? .skipped : name == "br" ? .lineBreak : name == "a" ? .link
                : BlockCollector.blockLevel.contains(name) ? .block : .inline
            switch name {
            case "p": kind = .paragraph
            case "h1", "h2", "h3", "h4", "h5", "h6": kind = .heading
            case "li", "dd", "dt": kind = .listItem
            case "blockquote": kind = .quote
            case "pre": kind = .preformatted
            case "figcaption", "caption": kind = .caption
            case "td", "th": kind = .cell
            default: kind = .other
            }
            tagHint = BlockCollector.furniture.contains(name) ? .negative : name == "main" ? .strong : name == "article" ? .positive : .neutral
            isCaption = ["figure", "figcaption", "caption"].contains(name)
        }
    }

    /// Elements whose content is never text a reader sees.
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "button", "select", "option", "textarea", "input", "head", "link", "meta", "map", "dialog",
        "picture", "img", "source", "track", "param",
    ]
    /// Elements that start a new block.
    private static let blockLevel: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol", "dl", "dt",
        "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead",
        "tfoot", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details",
        "summary", "body", "html", "menu", "hgroup", "legend", "output", "frameset", "frame",
    ]
    /// Block elements that are page furniture by their very tag.
    private static let furniture: Set<String> = ["nav", "aside", "footer", "header", "menu", "form"]

    /// A tag name of up to 16 bytes, packed (longer names are looked at every time).
    private struct TagKey: Hashable {
        var low: UInt64 = 0, high: UInt64 = 0

        init?(_ name: UnsafePointer<xmlChar>) {
            var index = 0
            while name[index] != 0 {
                guard index < 16 else { return nil }
                let byte = UInt64(name[index])
                if index < 8 { low |= byte << (8 * UInt64(index)) } else { high |= byte << (8 * UInt64(index - 8)) }
                index += 1
            }
        }
    }

    private mutating func tag(of node: MarkupNode) -> Tag? {
        guard let name = node.pointer.pointee.name else { return nil }
        guard let key = TagKey(name) else { return Tag(String(cString: name)) }
        if let known = tags[key] { return known }
        let tag = Tag(String(cString: name))
        tags[key] = tag
        return tag
    }

    private mutating func visitChildren(of node: MarkupNode, owner: Int) {
        var child = node.pointer.pointee.children
        while let current = child {
            visit(MarkupNode(current), owner: owner)
            child = current.pointee.next
        }
    }

    private mutating func visit(_ node: MarkupNode, owner: Int) {
        if node.isText {
            append(node.pointer.pointee.content)
            return
        }
        guard node.isElement, let tag = tag(of: node), tag.role != .skipped else { return }
        let attributes = node.hasAttributes ? Attributes(node, readingNames: tag.role == .block) : nil
        if attributes?.isHidden == true { return }
        switch tag.role {
        case .skipped: return
        case .lineBreak:
            flush(owner: owner)
            return
        case .link, .inline:
            let isLink = tag.role == .link
            if isLink { linkDepth += 1 }
            visitChildren(of: node, owner: owner)
            if isLink { linkDepth -= 1 }
            return
        case .block:
            break
        }
        flush(owner: owner)
        var hint = ClassHints.Hint.neutral
        if let attributes, attributes.hasNames {
            // Pages repeat their class names: each combination is judged once.
            let key = (attributes.className ?? "") + "\u{1F}" + (attributes.id ?? "") + "\u{1F}" + (attributes.itemprop ?? "") + "\u{1F}" + (attributes.role ?? "")
            if let known = hints[key] {
                hint = known
            } else {
                hint = ClassHints.hint(class: attributes.className, id: attributes.id, itemprop: attributes.itemprop, role: attributes.role)
                hints[key] = hint
            }
        }
        let tagHint = tag.tagHint
        if tagHint == .negative, hint == .neutral || hint == .positive { hint = .negative }
        if tagHint == .strong, hint == .neutral || hint == .positive { hint = .strong }
        if tagHint == .positive, hint == .neutral { hint = .positive }
        let index = elements.count
        elements.append(Element(parent: owner, tag: tag.name, hint: hint, tagHint: tagHint, isCaption: tag.isCaption, kind: tag.kind))
        visitChildren(of: node, owner: index)
        flush(owner: index)
    }

    /// The attributes the walk reads, found in one pass over an element's attributes.
    private struct Attributes {
        /// `class`, `id`, `itemprop` and `role` (read for block elements only).
        var className, id, itemprop, role: String?
        /// Hidden from readers: the `hidden` attribute, `aria-hidden="true"`, or an inline style that hides it.
        var isHidden = false

        var hasNames: Bool { className != nil || id != nil || itemprop != nil || role != nil }

        init(_ node: MarkupNode, readingNames: Bool) {
            var property = node.pointer.pointee.properties
            while let current = property {
                defer { property = current.pointee.next }
                guard let name = current.pointee.name else { continue }
                if Self.is(name, "hidden") {
                    isHidden = true
                } else if Self.is(name, "aria-hidden") {
                    if Self.value(of: current).lowercased() == "true" { isHidden = true }
                } else if Self.is(name, "style") {
                    let compact = Self.value(of: current).lowercased().replacingOccurrences(of: " ", with: "")
                    if compact.contains("display:none") || compact.contains("visibility:hidden") { isHidden = true }
                } else if readingNames {
                    if className == nil, Self.is(name, "class") {
                        className = Self.value(of: current)
                    } else if id == nil, Self.is(name, "id") {
                        id = Self.value(of: current)
                    } else if itemprop == nil, Self.is(name, "itemprop") {
                        itemprop = Self.value(of: current)
                    } else if role == nil, Self.is(name, "role") {
                        role = Self.value(of: current)
                    }
                }
            }
        }

        /// Whether an attribute's name is `expected`, ignoring case (without making a String).
        private static func `is`(_ name: UnsafePointer<xmlChar>, _ expected: StaticString) -> Bool {
            strcasecmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self),
                       UnsafeRawPointer(expected.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
        }

        /// An attribute's value: its one text node as it is, else all its text.
        private static func value(of attribute: UnsafeMutablePointer<xmlAttr>) -> String {
            if let child = attribute.pointee.children, child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
                return child.pointee.content.map { String(cString: $0) } ?? ""
            }
            guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)) else { return "" }
            defer { newsdesk_xml_free(value) }
            return String(cString: value)
        }
    }

    /// Adds a text node's text, white space collapsed.
    private mutating func append(_ content: UnsafeMutablePointer<xmlChar>?) {
        guard var p = content else { return }
        let before = buffer.count
        while p.pointee != 0 {
            let byte = p.pointee
            // Space, tab, newline, carriage return, form feed; and NO-BREAK SPACE (C2 A0).
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
            } else if byte == 0xC2 && p[1] == 0xA0 {
                pendingSpace = true
                p += 1
            } else if byte < 0x20 || byte == 0x7F {
                // Control characters never reach the text.
            } else if byte == 0xC2, p[1] >= 0x80, p[1] <= 0x9F {
                // A C1 control character (C2 80–C2 9F): dropped.
                p += 1
            } else {
                if pendingSpace, !buffer.isEmpty { buffer.append(0x20) }
                pendingSpace = false
                buffer.append(byte)
            }
            p += 1
        }
        if linkDepth > 0 { bufferLinkBytes += buffer.count - before }
    }

    /// Ends the block being read, if it holds any text.
    private mutating func flush(owner: Int) {
        defer {
            buffer.removeAll(keepingCapacity: true)
            bufferLinkBytes = 0
            pendingSpace = false
        }
        guard !buffer.isEmpty else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        blocks.append(TextBlock(text: text, kind: elements[owner].kind, linkBytes: min(bufferLinkBytes, text.utf8.count), owner: owner))
    }
}
