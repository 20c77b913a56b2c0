extension CorpusGenerator {
    /// Article number `index` as a web page of the kind news sites serve: a head with metadata, JSON-LD
    /// and scripts, a menu, a cookie notice, share buttons, the article, related links, comments, an
    /// advertisement and a footer. For measuring extraction speed; deterministic for a seed.
    public func page(_ index: Int) -> String {
        let generated = article(index)
        var random = Random(state: seed &* 0x9E37_79B9 &+ UInt64(index))
        let paragraphs = generated.text.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
        let headline = paragraphs.first ?? "Untitled"
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        func links(_ count: Int, prefix: String) -> String {
            (0..<count).map { "<li><a href=\"/\(prefix)/\($0)\">\(random.pick(Self.topics).capitalized) \($0)</a></li>" }.joined()
        }
        var html = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(escape(headline)) | \(generated.outlet)</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta property="og:title" content="\(escape(headline))"><meta property="og:site_name" content="\(generated.outlet)">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"\(headline.replacingOccurrences(of: "\"", with: "'"))","publisher":{"name":"\(generated.outlet)"}}</script>
        <style>\(String(repeating: ".c{margin:0 auto;padding:4px} ", count: 60))</style>
        <script>\(String(repeating: "window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view'}); ", count: 40))</script>
        </head><body><div id="cookie-notice"><p>We use cookies to measure traffic. Accept or manage your choices.</p></div>
        <header class="site-header"><nav><ul>\(links(25, prefix: "section"))</ul></nav></header>
        <div class="page"><main><article><h1>\(escape(headline))</h1>
        <ul class="share"><li><a href="#">Share</a></li><li><a href="#">Post</a></li><li><a href="#">Email</a></li></ul>
        <div class="article-body">
        """
        for (number, paragraph) in paragraphs.dropFirst().enumerated() {
            html += "<p>\(escape(paragraph))</p>\n"
            if number == 3 { html += "<div class=\"ad-slot\"><p>Advertisement</p></div>\n" }
        }
        html += """
        </div></article>
        <section class="related"><h2>More stories</h2><ul>\(links(12, prefix: "story"))</ul></section>
        <section id="comments">\((0..<4).map { _ in "<div class=\"comment\"><p>\(random.pick(Self.claims)), and I have said so for years.</p></div>" }.joined())</section>
        </main><aside class="sidebar"><h3>Most read</h3><ol>\(links(10, prefix: "popular"))</ol></aside></div>
        <footer><p>Copyright \(generated.outlet). Terms, privacy, contact.</p><ul>\(links(15, prefix: "footer"))</ul></footer>
        </body></html>
        """
        return html
    }
}
