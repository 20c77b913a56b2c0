import Foundation

/// A compact binary form of `AnalyzedArticle` for the cache: varints and length-prefixed UTF-8, about
/// ten times quicker to read back than JSON. Bump `format` when the layout changes (old entries then
/// fail to decode and are analysed again).
enum AnalysisCodec {
    static let format: UInt8 = 4

    static func encode(_ analyzed: AnalyzedArticle) -> Data {
        var w = Writer()
        w.byte(format)
        let a = analyzed.article
        w.string(a.path); w.optional(a.title); w.optional(a.source); w.optional(a.sourceEvidence?.rawValue)
        w.optional(a.author); w.optional(a.url); w.optional(a.dateline)
        if let date = a.date { w.int(1); w.int(date.year); w.int(date.month); w.int(date.day) } else { w.int(0) }
        w.int(a.blocks.count)
        for block in a.blocks {
            w.string(block.role.rawValue); w.string(block.text); w.range(block.range)
            w.int(block.pieces.count)
            for piece in block.pieces { w.int(piece.textOffset); w.int(piece.fileOffset) }
        }
        let evidence = a.evidence.sorted { $0.key.rawValue < $1.key.rawValue }
        w.int(evidence.count)
        for (field, origin) in evidence { w.string(field.rawValue); w.string(origin.rawValue) }
        w.int(analyzed.mentions.count)
        for m in analyzed.mentions {
            w.string(m.kind.rawValue); w.int(m.block); w.range(m.range); w.string(m.text); w.optional(m.role)
            w.int(m.person.map { $0.index + 1 } ?? 0)
        }
        w.int(analyzed.quotes.count)
        for q in analyzed.quotes {
            w.string(q.id.rawValue); w.int(q.block); w.range(q.range); w.string(q.text); w.string(q.kind.rawValue); w.int(q.continuesPrevious ? 1 : 0)
            if let at = q.attribution {
                w.int(1); w.int(at.speaker.index); w.string(at.rule.rawValue); w.optional(at.cue); w.optional(at.mention)
                w.int(Int((at.confidence * 1000).rounded()))
                w.place(at.cueRange); w.place(at.mentionRange); w.place(at.antecedent)
            } else {
                w.int(0)
            }
        }
        w.int(analyzed.people.count)
        for p in analyzed.people {
            w.string(p.name); w.strings(p.aliases); w.strings(p.roles)
        }
        return Data(w.bytes)
    }

    struct Malformed: Error {}

    static func decode(_ data: Data) throws -> AnalyzedArticle {
        try data.withUnsafeBytes { raw in
            var r = Reader(bytes: raw.bindMemory(to: UInt8.self))
            guard try r.byte() == format else { throw Malformed() }
            var article = Article(path: try r.string())
            article.title = try r.optional(); article.source = try r.optional()
            article.sourceEvidence = try r.optional().flatMap(Article.SourceEvidence.init(rawValue:))
            article.author = try r.optional(); article.url = try r.optional(); article.dateline = try r.optional()
            if try r.int() == 1 { article.date = ArticleDate(year: try r.int(), month: try r.int(), day: try r.int()) }
            article.blocks = try (0..<r.count()).map { _ in
                guard let role = Paragraph.Role(rawValue: try r.string()) else { throw Malformed() }
                let text = try r.string(), range = try r.range()
                let pieces = try (0..<r.count()).map { _ in Paragraph.Piece(textOffset: try r.int(), fileOffset: try r.int()) }
                return Paragraph(role: role, text: text, range: range, pieces: pieces)
            }
            for _ in 0..<(try r.count()) {
                guard let field = Article.Field(rawValue: try r.string()),
                      let origin = Article.Origin(rawValue: try r.string()) else { throw Malformed() }
                article.evidence[field] = origin
            }
            let mentions = try (0..<r.count()).map { _ -> Mention in
                guard let kind = Mention.Kind(rawValue: try r.string()) else { throw Malformed() }
                var mention = Mention(kind: kind, block: try r.int(), range: try r.range(), text: try r.string(), role: try r.optional())
                let person = try r.int()
                if person > 0 { mention.person = ArticlePerson.ID(index: person - 1) }
                return mention
            }
            let quotes = try (0..<r.count()).map { _ -> Quote in
                let id = QuoteID(rawValue: try r.string())
                let block = try r.int(), range = try r.range(), text = try r.string()
                guard let kind = Quote.Kind(rawValue: try r.string()) else { throw Malformed() }
                var quote = Quote(id: id, block: block, range: range, text: text, kind: kind, continuesPrevious: try r.int() == 1)
                if try r.int() == 1 {
                    let speaker = ArticlePerson.ID(index: try r.int())
                    guard let rule = Attribution.Rule(rawValue: try r.string()) else { throw Malformed() }
                    quote.attribution = Attribution(speaker: speaker, rule: rule, cue: try r.optional(), mention: try r.optional(),
                                                    confidence: Double(try r.int()) / 1000,
                                                    cueRange: try r.place(), mentionRange: try r.place(), antecedent: try r.place())
                }
                return quote
            }
            let people = try (0..<r.count()).map { _ in
                ArticlePerson(name: try r.string(), aliases: try r.strings(), roles: try r.strings())
            }
            // Every person referred to is one of the article's.
            let referred = quotes.compactMap(\.attribution?.speaker) + mentions.compactMap(\.person)
            guard referred.allSatisfy({ people.indices.contains($0.index) }) else { throw Malformed() }
            return AnalyzedArticle(article: article, mentions: mentions, quotes: quotes, people: people)
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []
        mutating func byte(_ b: UInt8) { bytes.append(b) }
        mutating func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            v = (v << 1) ^ (value < 0 ? ~0 : 0) // zigzag
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        mutating func string(_ s: String) {
            let utf8 = s.utf8
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
        mutating func optional(_ s: String?) {
            if let s { int(1); string(s) } else { int(0) }
        }
        mutating func strings(_ list: [String]) { int(list.count); list.forEach { string($0) } }
        mutating func range(_ r: TextRange) { int(r.start); int(r.count) }
        mutating func place(_ p: BlockRange?) {
            if let p { int(p.block + 1); range(p.range) } else { int(0) }
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0
        mutating func byte() throws -> UInt8 {
            guard at < bytes.count else { throw Malformed() }
            defer { at += 1 }
            return bytes[at]
        }
        mutating func int() throws -> Int {
            var v: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = try byte()
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
                guard shift < 64 else { throw Malformed() }
            }
            return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
        }
        mutating func count() throws -> Int {
            let n = try int()
            guard n >= 0, n <= bytes.count else { throw Malformed() }
            return n
        }
        mutating func string() throws -> String {
            let n = try count()
            guard at + n <= bytes.count else { throw Malformed() }
            defer { at += n }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
        }
        mutating func optional() throws -> String? { try int() == 1 ? try string() : nil }
        mutating func strings() throws -> [String] { try (0..<count()).map { _ in try string() } }
        /// A range in the file: its length may exceed the entry's size (a block whose file range is
        /// mostly control characters the text drops), so it is not checked as an element count.
        mutating func range() throws -> TextRange {
            let start = try int(), length = try int()
            guard start >= 0, length >= 0, start <= Int.max - length else { throw Malformed() }
            return TextRange(start: start, end: start + length)
        }
        mutating func place() throws -> BlockRange? {
            let block = try int()
            guard block > 0 else { return nil }
            return BlockRange(block: block - 1, range: try range())
        }
    }
}
