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
    }

    private(set) var elements: [Element] = []
    private(set) var blocks: [TextBlock] = []

    /// Text of the block being read, and how much of it is inside links.
    private var buffer = ""
    private var bufferLinkBytes = 0
    private var pendingSpace = false
    private var linkDepth = 0
    private var hints: [String: ClassHints.Hint] = [:]

    static func collect(_ body: MarkupNode) -> BlockCollector {
        var collector = BlockCollector()
        collector.elements.append(Element(parent: -1, tag: "body", hint: .neutral))
        collector.visitChildren(of: body, owner: 0)
        collector.flush(owner: 0)
        return collector
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
        guard node.isElement else { return }
        let tag = node.name
        if Self.skipped.contains(tag) || Self.isHidden(node) { return }
        if tag == "br" {
            flush(owner: owner)
            return
        }
        guard Self.blockLevel.contains(tag) else {
            let isLink = tag == "a"
            if isLink { linkDepth += 1 }
            visitChildren(of: node, owner: owner)
            if isLink { linkDepth -= 1 }
            return
        }
        flush(owner: owner)
        var hint = ClassHints.Hint.neutral
        if node.hasAttributes {
            // Pages repeat their class names: each combination is judged once.
            let attributes = [node.attribute("class"), node.attribute("id"), node.attribute("itemprop"), node.attribute("role")]
            if attributes.contains(where: { $0 != nil }) {
                let key = attributes.map { $0 ?? "" }.joined(separator: "\u{1F}")
                if let known = hints[key] {
                    hint = known
                } else {
                    hint = ClassHints.hint(class: attributes[0], id: attributes[1], itemprop: attributes[2], role: attributes[3])
                    hints[key] = hint
                }
            }
        }
        let tagHint: ClassHints.Hint = Self.furniture.contains(tag) ? .negative : tag == "main" ? .strong
            : tag == "article" ? .positive : .neutral
        if tagHint == .negative, hint == .neutral || hint == .positive { hint = .negative }
        if tagHint == .strong, hint == .neutral || hint == .positive { hint = .strong }
        if tagHint == .positive, hint == .neutral { hint = .positive }
        let index = elements.count
        elements.append(Element(parent: owner, tag: tag, hint: hint, tagHint: tagHint))
        visitChildren(of: node, owner: index)
        flush(owner: index)
    }

    /// Hidden from readers: the `hidden` attribute, `aria-hidden="true"`, or an inline style that hides it.
    private static func isHidden(_ node: MarkupNode) -> Bool {
        guard node.hasAttributes else { return false }
        if node.attribute("hidden") != nil { return true }
        if let aria = node.attribute("aria-hidden"), aria.lowercased() == "true" { return true }
        if let style = node.attribute("style") {
            let compact = style.lowercased().replacingOccurrences(of: " ", with: "")
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// Adds a text node's text, white space collapsed.
    private mutating func append(_ content: UnsafeMutablePointer<xmlChar>?) {
        guard var p = content else { return }
        var run: [UInt8] = []
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
            } else {
                if pendingSpace, !(buffer.isEmpty && run.isEmpty) { run.append(0x20) }
                pendingSpace = false
                run.append(byte)
                if byte == 0xC2, p[1] >= 0x80, p[1] <= 0x9F {
                    // A C1 control character (C2 80–C2 9F): dropped.
                    run.removeLast()
                    p += 1
                }
            }
            p += 1
        }
        guard !run.isEmpty else { return }
        let text = String(decoding: run, as: UTF8.self)
        buffer += text
        if linkDepth > 0 { bufferLinkBytes += text.utf8.count }
    }

    /// Ends the block being read, if it holds any text.
    private mutating func flush(owner: Int) {
        defer {
            buffer = ""
            bufferLinkBytes = 0
            pendingSpace = false
        }
        guard !buffer.isEmpty else { return }
        let kind: TextBlock.Kind
        switch elements[owner].tag {
        case "p": kind = .paragraph
        case "h1", "h2", "h3", "h4", "h5", "h6": kind = .heading
        case "li", "dd", "dt": kind = .listItem
        case "blockquote": kind = .quote
        case "pre": kind = .preformatted
        case "figcaption", "caption": kind = .caption
        case "td", "th": kind = .cell
        default: kind = .other
        }
        blocks.append(TextBlock(text: buffer, kind: kind, linkBytes: min(bufferLinkBytes, buffer.utf8.count), owner: owner))
    }
}
