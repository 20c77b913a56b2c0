import Testing
@testable import NewsKit

@Suite struct StableHashTests {
    /// A number is hashed as its decimal digits, as the text of the number would be.
    @Test(arguments: [0, 7, 10, 99, 1234567, -1, -40, Int.max, Int.min])
    func aNumberHashesAsItsDigits(_ number: Int) {
        var direct = StableHash(), written = StableHash()
        direct.combine(number)
        written.combine(String(number))
        #expect(direct.value == written.value)
    }

    /// Sixteen lowercase hex digits, zeros first.
    @Test func hexIsPaddedToSixteenDigits() {
        var hash = StableHash()
        for text in ["", "a", "Zelensky", "a longer text to hash"] {
            hash.combine(text)
            let digits = String(hash.value, radix: 16)
            #expect(hash.hex == String(repeating: "0", count: 16 - digits.count) + digits)
        }
    }
}
