import Testing
@testable import NewsKit

@Suite struct ClassHintsTests {
    @Test(arguments: ["comments", "comment-list", "sidebar-right", "related-stories", "share-buttons", "cookie-banner",
                      "ad-slot", "top-ad", "newsletter-signup", "site-footer"])
    func furnitureIsNegative(_ className: String) {
        #expect(ClassHints.hint(class: className, id: nil, itemprop: nil, role: nil) == .negative)
    }

    @Test(arguments: ["article-body", "entry-content", "post-content main", "story-body__inner"])
    func theArticleBodyIsStrong(_ className: String) {
        #expect(ClassHints.hint(class: className, id: nil, itemprop: nil, role: nil) == .strong)
    }

    @Test func aWordCountsAtTheEndsOfANameOnly() {
        #expect(ClassHints.hint(class: "non-ad-column", id: nil, itemprop: nil, role: nil) != .negative)
        #expect(ClassHints.hint(class: "head-line", id: nil, itemprop: nil, role: nil) == .neutral)
    }

    @Test func taxonomyClassesSayNothing() {
        // A post's own classes name its tags and categories: `tag-social` is no share button.
        let wordpress = "post-12 post type-post status-publish format-standard hentry category-news tag-social tag-comments"
        #expect(ClassHints.hint(class: wordpress, id: nil, itemprop: nil, role: nil) != .negative)
    }

    @Test func itempropAndRoleCount() {
        #expect(ClassHints.hint(class: nil, id: nil, itemprop: "articleBody", role: nil) == .strong)
        #expect(ClassHints.hint(class: nil, id: nil, itemprop: nil, role: "navigation") == .negative)
        #expect(ClassHints.hint(class: nil, id: nil, itemprop: nil, role: "main") == .strong)
    }
}
