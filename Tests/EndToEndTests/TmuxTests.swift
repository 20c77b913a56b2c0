import Foundation
import Testing

/// The tmux helper fails a test that waits for what never shows, rather than handing it the last screen.
@Suite(.enabled(if: Tmux.isAvailable)) struct TmuxTests {
    @Test func aWaitThatTimesOutThrowsWithTheScreen() throws {
        let tmux = try Tmux("echo the harbour is quiet", width: 40, height: 5)
        _ = try tmux.waitFor { $0.contains("[exited 0]") }
        let timeout = #expect(throws: Tmux.Timeout.self) { try tmux.waitFor(0.3) { $0.contains("never shown") } }
        #expect(timeout?.screen.contains("the harbour is quiet") == true)
    }
}
