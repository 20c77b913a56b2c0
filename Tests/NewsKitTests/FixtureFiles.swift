import Foundation
@testable import NewsKit

/// The project's `Fixtures` folder and the files in it.
enum FixtureFiles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Every fixture article that has an `.expected.json` beside it, as paths relative to `Fixtures`.
    static var withExpectedParse: [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        return enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".expected.json") }
            .map { String($0.dropLast(".expected.json".count)) + ".txt" }
            .sorted()
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
    }
}

/// The expected parse of a fixture, as in its `.expected.json`.
struct ExpectedParse: Decodable, Equatable {
    var title: String?
    var source: String?
    var author: String?
    var date: String?
    var paragraphs: [String]
    var captions: [String]
    var subheadings: [String]
    var related: [String]

    init(contentsOf url: URL) throws {
        self = try JSONDecoder().decode(ExpectedParse.self, from: Data(contentsOf: url))
    }

    init(_ article: Article) {
        title = article.title
        source = article.source
        author = article.author
        date = article.date?.description
        paragraphs = article.paragraphs.map(\.text)
        captions = article.captions.map(\.text)
        subheadings = article.subheadings.map(\.text)
        related = article.related.map(\.text)
    }
}
