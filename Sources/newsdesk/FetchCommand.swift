import ArgumentParser
import Foundation
import NewsFetch
import NewsKit

/// `newsdesk fetch`: every subscription, into the library.
struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch every subscription into the library.",
        discussion: """
        Feeds and pages are fetched several at a time (at most 6 per host), each conditionally (ETag, \
        Last-Modified), so an unchanged feed is not downloaded again, nor an item already kept. An item \
        that carries only a summary has its linked page fetched and its article extracted. Limits: 5 \
        redirects, 15 s without an answer, 60 s in all, 16 MB; Retry-After is waited for up to 30 s.
        On a terminal a progress bar shows feeds done and new articles. Then one summary line, and one \
        line on stderr per subscription that failed (its URL and why); the rest are fetched all the same.
        With --json, one object per subscription:
          {"schema":1,"source","outlet","status" (fetched, unchanged, failed, local),"new_articles",
           "items","error","warnings":[...]}
        Exit status: 0 when every subscription was fetched; 1 when one or more failed.
        """
    )

    @Flag(help: "Print JSON Lines, one object per subscription.")
    var json = false

    func run() throws {
        let library = try Library.open()
        let subscriptions = try Library.subscriptions(library).library.subscriptions()
        var errors = StandardError()
        if subscriptions.isEmpty {
            errors.write("newsdesk: no subscriptions yet: newsdesk add URL|FILE|FOLDER, or newsdesk import FILE.opml\n")
            return
        }
        let started = Date()
        let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar(total: subscriptions.count) : nil
        bar?.show(done: 0, newArticles: 0)
        let fetcher = Fetcher(library: library)
        let reports = Fetcher.wait {
            await fetcher.fetch(subscriptions) { progress in bar?.show(done: progress.done, newArticles: progress.newArticles) }
        }
        bar?.clear()
        var lines = JSONLines()
        for report in reports {
            if json { lines.write(FetchRecord(report)) }
            let name = ArticleLoader.printable(report.subscription.source)
            if let error = report.error { errors.write("newsdesk: \(name): \(ArticleLoader.printable(error))\n") }
            for warning in report.warnings { errors.write("newsdesk: \(name): warning: \(ArticleLoader.printable(warning))\n") }
        }
        let summary = Self.summary(reports, seconds: Date().timeIntervalSince(started))
        if json {
            errors.write(summary + "\n")
        } else {
            var output = StandardOutput()
            output.write(summary + "\n")
        }
        if reports.contains(where: { $0.status == .failed }) { throw ExitCode.failure }
    }

    /// `12 subscriptions: 340 new articles; 9 fetched, 2 unchanged, 1 failed (2.3 s)`; `, 2 updated`
    /// after the new articles when some came again with new content.
    static func summary(_ reports: [Fetcher.Report], seconds: Double) -> String {
        func count(_ status: Fetcher.Report.Status) -> Int { reports.filter { $0.status == status }.count }
        let added = reports.reduce(0) { $0 + $1.added.count }
        var parts = ["\(count(.fetched)) fetched", "\(count(.unchanged)) unchanged"]
        if count(.local) > 0 { parts.append("\(count(.local)) local") }
        parts.append("\(count(.failed)) failed")
        let updated = reports.reduce(0) { $0 + $1.updated.count }
        return "\(reports.count) subscription\(reports.count == 1 ? "" : "s"): \(added) new article\(added == 1 ? "" : "s")"
            + (updated > 0 ? ", \(updated) updated; " : "; ")
            + parts.joined(separator: ", ") + String(format: " (%.1f s)", seconds)
    }
}

/// A one-line progress bar on stderr: `[#######·······] 12/40 feeds, 85 new articles`.
final class ProgressBar: @unchecked Sendable {
    let total: Int
    private let lock = NSLock()

    init(total: Int) {
        self.total = total
    }

    func show(done: Int, newArticles: Int) {
        lock.lock()
        defer { lock.unlock() }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
        var errors = StandardError()
        errors.write("\r\u{1B}[K[\(bar)] \(done)/\(total) feeds, \(newArticles) new article\(newArticles == 1 ? "" : "s")")
    }

    func clear() {
        var errors = StandardError()
        errors.write("\r\u{1B}[K")
    }
}
