/// Why a web page gave no article.
public enum HTMLPageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing in the file, or nothing but white space.
    case empty
    /// Not text at all (NUL bytes near the start: an image or an archive served as HTML).
    case binary
    /// A page, but no article in it: an index page, a page of links; the words say which.
    case noArticle(String)

    public var description: String {
        switch self {
        case .empty: "empty page"
        case .binary: "not a web page (binary content)"
        case .noArticle(let why): why
        }
    }
}
