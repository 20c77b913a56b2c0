import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NewsKit

/// Subscriptions in OPML 2.0, as feed readers import and export them: an `outline` per feed with
/// `xmlUrl` (`url` for a page), `text` and `title` (the outlet), and `category` (tags, comma-separated);
/// a folder outline's text is a tag of the feeds inside it.
public enum OPML {
    public struct Unreadable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "not an OPML file that can be read (\(reason))" }
    }

    public static func parse(_ data: Data) throws -> [SubscriptionEntry] {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        if !parser.parse() && reader.entries.isEmpty {
            throw Unreadable(reason: parser.parserError.map { "\($0.localizedDescription), line \(parser.lineNumber)" } ?? "malformed XML")
        }
        guard reader.sawOPML else { throw Unreadable(reason: "no <opml> element") }
        return reader.entries
    }

    public static func render(_ entries: [SubscriptionEntry], title: String = "Newsdesk subscriptions", date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head>",
            "    <title>\(escape(title))</title>",
            "    <dateCreated>\(formatter.string(from: date))</dateCreated>",
            "  </head>",
            "  <body>",
        ]
        for entry in entries {
            let source = entry.source.hasPrefix("/") ? URL(fileURLWithPath: entry.source).absoluteString : entry.source
            var attributes = [("type", "rss"), ("text", entry.outlet ?? source)]
            if let outlet = entry.outlet { attributes.append(("title", outlet)) }
            attributes.append(("xmlUrl", source))
            if !entry.tags.isEmpty { attributes.append(("category", entry.tags.joined(separator: ","))) }
            lines.append("    <outline " + attributes.map { "\($0.0)=\"\(escape($0.1))\"" }.joined(separator: " ") + "/>")
        }
        lines += ["  </body>", "</opml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            default:
                // Control characters cannot appear in XML 1.0.
                if scalar.value < 0x20 && scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var entries: [SubscriptionEntry] = []
        var sawOPML = false
        /// The folder outlines we are inside, with whether each is a folder (no feed of its own).
        var stack: [String?] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name.lowercased() == "opml" { sawOPML = true }
            guard name.lowercased() == "outline" else { return }
            let text = attributes["title"] ?? attributes["text"]
            guard let address = attributes["xmlUrl"] ?? attributes["xmlurl"] ?? attributes["url"], !address.isEmpty else {
                stack.append(text)
                return
            }
            stack.append(nil)
            var entry = SubscriptionEntry(source: address)
            if address.lowercased().hasPrefix("file://") { entry.source = URL(string: address)?.path ?? String(address.dropFirst(7)) }
            if let text, !text.isEmpty, text != address { entry.outlet = text }
            let folders = stack.dropLast().compactMap { $0 }.filter { !$0.isEmpty }
            let categories = (attributes["category"] ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            }.filter { !$0.isEmpty }
            for tag in folders + categories where !entry.tags.contains(tag) { entry.tags.append(tag) }
            entries.append(entry)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name.lowercased() == "outline", !stack.isEmpty { stack.removeLast() }
        }
    }
}
