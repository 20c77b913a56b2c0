import ArgumentParser

@main
struct Newsdesk: ParsableCommand {
    /// The version `newsdesk --version` answers.
    static let version = "0.13.0"

    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "A terminal news reader that knows who said what.",
        discussion: """
        Newsdesk reads news articles (plain-text files, web pages and feeds), finds the headline, byline, \
        date and body of each, every quotation and who said it, and lists them. With no command it opens \
        the reader on your library (subscriptions: newsdesk add, fetch), else on the bundled samples.

        Folders are searched recursively for .txt and .text files; a file named directly is always read; \
        an http(s) URL is fetched and read as a page or a feed. With no path, the listing commands and the \
        reader read the library. The outlet of an article is taken from its byline, its front matter, a \
        dateline's agency, or the name of the folder it sits in below the folder you named, in that order.

        Files: the library $XDG_DATA_HOME/newsdesk/library.sqlite (subscriptions, fetched articles with \
        the pages they came from, read state, corrections of quotes: newsdesk correct); the subscriptions in newsboat's format in \
        $XDG_CONFIG_HOME/newsdesk/urls (edit it or copy newsboat's); the cache $XDG_CACHE_HOME/newsdesk.

        Exit status: 0 on success (problems with single files are reported on stderr and the rest still \
        load); 1 when no article could be read, when fetch could not fetch every subscription, or when the library cannot be opened; 2 when the reader has no terminal it can drive; 64 for a usage \
        error (a bad flag, a path that does not exist); 65 and 66 from correct and corrections (see their help); 74 when standard output cannot be written (a full disk, a \
        closed descriptor); 128 + N when signal N ends the reader (130 for Ctrl-C).

        The reader's settings are read from $XDG_CONFIG_HOME/newsdesk/config (else \
        ~/.config/newsdesk/config), one per line: `bind KEY COMMAND`, `unbind KEY`, `color ELEMENT FG BG \
        [ATTR...]`, `text-width N`; see 'newsdesk help read' for the names. A line that cannot be read is \
        named with its number and left out; the reader starts with the rest.
        """,
        version: Newsdesk.version,
        subcommands: [Read.self, Articles.self, Quotes.self, People.self, Entities.self, Show.self, Variants.self,
                      CoverageCommand.self, StoriesCommand.self, Add.self, Remove.self, Feeds.self, Fetch.self,
                      Correct.self, Corrections.self, Import.self, Export.self, Bench.self, Generate.self, Explain.self],
        defaultSubcommand: Read.self
    )
}
