import Testing
@testable import TerminalUI

@Suite struct CursesKeyTests {
    @Test(arguments: [
        (UInt32(0x0A), Key.enter), (0x0D, .enter), (0x1B, .escape), (0x7F, .backspace), (0x09, .tab),
        (0x04, .control("d")), (0x15, .control("u")), (0x6A, .character("j")), (0x6771, .character("東")),
    ])
    func typedCharactersBecomeKeys(_ value: UInt32, _ key: Key) {
        #expect(CursesTerminal.key(forCharacter: value) == key)
    }
}
