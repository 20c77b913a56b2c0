import Foundation
import Testing
@testable import TerminalUI

@Suite struct CellWidthTests {
    init() {
        // wcwidth follows LC_CTYPE: without a UTF-8 locale every non-ASCII scalar is unprintable.
        _ = UTF8Locale.set
    }

    @Test(arguments: [
        ("abc", 3), ("東京", 4), ("e\u{301}", 1), ("👍🏽", 4), ("🇫🇷", 2), ("\u{1B}", 0), ("", 0), ("Zelenskyy’s", 11),
    ])
    func widthIsTheSumOverScalars(_ text: String, _ cells: Int) {
        #expect(CellWidth.of(text) == cells)
    }
}
