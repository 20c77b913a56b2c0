import CLibFuzzer
import Foundation
@testable import NewsKit

// libFuzzer entry point: the bytes of one input go the way a file's bytes go when newsdesk reads an
// article (decoding, parsing, analysis), then through the cache's binary form and back. Every range the
// parser and the analysis hand out is checked against the text it points into, since the reader and the
// listing commands slice text with them. The same bytes are also read as a (corrupt) cache entry.
//
// Built with `-sanitize=fuzzer,address`. SwiftPM gives an executable target's entry point a name of its
// own, so libFuzzer's `main` is not used: `main` here hands the command line to libFuzzer's driver.

private let loader = ArticleLoader()
private let analyzer = ArticleAnalyzer()
private let entry = ArticleLoader.Entry(path: "fuzz/input.txt", folderOutlet: "Fuzz Wire")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = count > 0 && start != nil ? Data(bytes: start!, count: count) : Data()

    // A cache entry read back from a damaged database must fail cleanly, never trap.
    _ = try? AnalysisCodec.decode(data)

    guard case .success(let (article, _)) = loader.parse(data, entry: entry) else { return 0 }
    checkRanges(of: article)
    let analyzed = analyzer.analyze(article)
    checkRanges(of: analyzed)

    let encoded = AnalysisCodec.encode(analyzed)
    guard let decoded = try? AnalysisCodec.decode(encoded) else { fatalError("AnalysisCodec cannot read back what it wrote") }
    precondition(decoded.article == analyzed.article, "AnalysisCodec round trip changed the article")
    precondition(decoded.mentions == analyzed.mentions, "AnalysisCodec round trip changed the mentions")
    precondition(decoded.quotes.map(\.range) == analyzed.quotes.map(\.range), "AnalysisCodec round trip changed the quotes")
    precondition(decoded.people == analyzed.people, "AnalysisCodec round trip changed the people")
    return 0
}

/// Every block's range and pieces lie inside the decoded file, in order.
private func checkRanges(of article: Article) {
    for block in article.blocks {
        let length = block.text.unicodeScalars.count
        precondition(block.range.start >= 0, "block range starts before the file")
        var previous: Paragraph.Piece?
        for piece in block.pieces {
            precondition(piece.textOffset >= 0 && piece.textOffset <= length, "piece outside its block's text")
            precondition(piece.fileOffset >= block.range.start && piece.fileOffset <= block.range.end, "piece outside its block's range")
            if let previous {
                precondition(piece.textOffset > previous.textOffset && piece.fileOffset > previous.fileOffset, "pieces out of order")
            }
            previous = piece
        }
        _ = block.fileRange(of: TextRange(start: 0, end: length))
    }
}

/// Every mention and quote points into an existing block, inside its text.
private func checkRanges(of analyzed: AnalyzedArticle) {
    let blocks = analyzed.article.blocks
    let lengths = blocks.map { $0.text.unicodeScalars.count }
    for mention in analyzed.mentions {
        precondition(blocks.indices.contains(mention.block), "mention in a block that does not exist")
        precondition(mention.range.start >= 0 && mention.range.end <= lengths[mention.block], "mention outside its block")
        _ = blocks[mention.block].fileRange(of: mention.range)
    }
    for quote in analyzed.quotes {
        precondition(blocks.indices.contains(quote.block), "quote in a block that does not exist")
        precondition(quote.range.start >= 0 && quote.range.end <= lengths[quote.block], "quote outside its block")
        _ = blocks[quote.block].fileRange(of: quote.range)
    }
}

@main
enum NewsdeskFuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}
