/// A run of text a web page shows as one block (a paragraph, a heading, a list item, the text of a
/// cell …), with what the extractor needs to judge it.
struct TextBlock {
    enum Kind {
        case paragraph, heading, listItem, quote, preformatted, caption, cell, other
    }

    /// The text, runs of white space collapsed to one space, trimmed.
    var text: String
    var kind: Kind
    /// How many bytes of `text` (UTF-8) are inside links.
    var linkBytes: Int
    /// The block-level element that holds the text (an index into the collector's elements).
    var owner: Int

    var bytes: Int { text.utf8.count }
    var linkDensity: Double { bytes == 0 ? 0 : Double(linkBytes) / Double(bytes) }

    /// Whether the text reads as a sentence: it holds sentence punctuation (Latin or CJK).
    var hasSentencePunctuation: Bool {
        var hasNonASCII = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                return true
            case 0x80...: hasNonASCII = true
            default: continue
            }
        }
        return hasNonASCII && text.unicodeScalars.contains { Self.wideMarks.contains($0) }
    }

    private static let wideMarks: Set<Unicode.Scalar> = ["。", "、", "，", "！", "？", "；", "：", "؟", "،", "।"]
}
