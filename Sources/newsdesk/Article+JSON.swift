import NewsKit

extension Article {
    var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("title", .string(title)),
            ("source", .string(source)),
            ("author", .string(author)),
            ("date", .string(date?.description)),
            ("paragraphs", .strings(paragraphs.map(\.text))),
            ("captions", .strings(captions.map(\.text))),
            ("subheadings", .strings(subheadings.map(\.text))),
            ("related", .strings(related.map(\.text))),
        ])
    }
}
