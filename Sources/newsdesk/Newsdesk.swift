import ArgumentParser

@main
struct Newsdesk: ParsableCommand {
    /// The version `newsdesk --version` answers.
    static let version = "0.13.0"

    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "A terminal news reader that knows who said what.",
        discussion: """
        Newsdesk reads a folder of news articles (plain-text files), finds the headline, byline, date and \
        body of each, and lists them. With no command it opens the bundled sample articles.

        Folders are searched recursively for .txt and .text files; a file named directly is always read. \
        The outlet of an article is taken from its byline, its front matter, a dateline's agency, or the \
        name of the folder it sits in below the folder you named, in that order.

        Exit status: 0 on success (problems with single files are reported on stderr and the rest still \
        load); 1 when no article could be read; 2 when the reader has no terminal it can drive; 64 for a usage \
        error (a bad flag, a path that does not exist); 74 when standard output cannot be written (a full disk, a \
        closed descriptor); 128 + N when signal N ends the reader (130 for Ctrl-C).

        The reader's settings are read from $XDG_CONFIG_HOME/newsdesk/config (else \
        ~/.config/newsdesk/config), one per line: `bind KEY COMMAND`, `unbind KEY`, `color ELEMENT FG BG \
        [ATTR...]`, `text-width N`; see 'newsdesk help read' for the names. A line that cannot be read is \
        named with its number and left out; the reader starts with the rest.
        """,
        version: Newsdesk.version,
        subcommands: [Read.self, Articles.self, Quotes.self, People.self, Entities.self, Show.self, Bench.self, Generate.self, Explain.self],
        defaultSubcommand: Read.self
    )
}
