import Foundation
import Testing

/// Cache, data and config homes whose paths are not UTF-8 (`XDG_CACHE_HOME=$'/tmp/…/caf\xe9'`, as a
/// Latin-1 system names a home): the library, the urls file and the cache are made in those very
/// folders (not in one named with U+FFFD), read back by the next command, and a message about one of
/// them shows the stray bytes escaped.
@Suite(.timeLimit(.minutes(2))) struct NonUTF8HomeTests {
    /// A scratch folder with one article; the homes are made inside it by the shell's printf.
    final class Homes {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-homes-\(UUID().uuidString)")
        var path: String { url.path }
        /// The shell assignments of the three homes, each ending in a byte that is not UTF-8.
        var environment: String {
            ["XDG_CACHE_HOME": "cach\\351", "XDG_DATA_HOME": "donn\\351es", "XDG_CONFIG_HOME": "r\\351glages"]
                .map { "\($0.key)=\"\(path)/$(printf '\($0.value)')\"" }.sorted().joined(separator: " ")
        }

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(NonUTF8NameTests.Folder.article.utf8).write(to: url.appendingPathComponent("article.txt"))
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        /// The names in the scratch folder, each stray byte written `\xE9` (as `ls` with C-style escapes would not).
        func names() throws -> [String] {
            let listed = try NewsdeskBinary.shell("cd '\(path)' && for name in *; do printf '%s' \"$name\" | od -An -c | tr -d ' \\n'; echo; done")
            return listed.stdout.split(separator: "\n").map(String.init).sorted()
        }
    }

    @Test func theLibraryTheURLsFileAndTheCacheLiveInTheHomesByTheirBytes() throws {
        let homes = try Homes()
        let added = try NewsdeskBinary.shell("\(homes.environment) \"$NEWSDESK\" add '\(homes.path)/article.txt'")
        #expect(added.status == 0, "\(added.stderr)")
        // `quotes` reads the library and analyses through the cache.
        let listed = try NewsdeskBinary.shell("\(homes.environment) \"$NEWSDESK\" quotes")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stderr == "")
        #expect(listed.stdout.contains("Jonas Berg"))
        // Each file is in the folder named by the raw bytes; no folder with a replacement character was made.
        let found = try NewsdeskBinary.shell("""
            cd '\(homes.path)' && test -s "$(printf 'donn\\351es')/newsdesk/library.sqlite" \
              && test -s "$(printf 'r\\351glages')/newsdesk/urls" && test -s "$(printf 'cach\\351')/newsdesk/cache.sqlite" \
              && grep -q article.txt "$(printf 'r\\351glages')/newsdesk/urls"
            """)
        let names = try homes.names()
        #expect(found.status == 0, "\(names)")
        #expect(names == ["article.txt", "cach351", "donn351es", "r351glages"])
        // The library is the one the next command reads.
        let feeds = try NewsdeskBinary.shell("\(homes.environment) \"$NEWSDESK\" feeds --json")
        #expect(feeds.status == 0)
        #expect(feeds.stdout.contains("article.txt"))
    }

    @Test func aMessageAboutSuchAHomeShowsItsBytesEscaped() throws {
        let homes = try Homes()
        // The data home's `newsdesk` is a file: the library cannot be made there.
        let made = try NewsdeskBinary.shell("mkdir \"\(homes.path)/$(printf 'donn\\351es')\" && echo x > \"\(homes.path)/$(printf 'donn\\351es')/newsdesk\"")
        try #require(made.status == 0)
        let feeds = try NewsdeskBinary.shell("\(homes.environment) \"$NEWSDESK\" feeds")
        #expect(feeds.status == 1)
        #expect(feeds.stderr.contains("\(homes.path)/donn\\xE9es/newsdesk/library.sqlite"), "\(feeds.stderr)")
        #expect(!feeds.stderr.contains("/proc/self/fd"))
        #expect(!feeds.stderr.contains("\u{FFFD}"))
    }
}
