import Testing
@testable import TerminalUI

@Suite struct ListViewTests {
    static let view = ListView(area: Rect(x: 0, y: 2, width: 20, height: 10), rowsPerItem: 2)

    @Test func everyMovementActsOnItemsThatFit() {
        #expect(Self.view.visibleItems == 5)
        var state = ListState()
        let moves: [(ListMove, Int)] = [(.down, 1), (.pageDown, 6), (.halfPageDown, 8), (.up, 7), (.halfPageUp, 5),
                                        (.pageUp, 0), (.bottom, 29), (.top, 0)]
        for (move, selected) in moves {
            Self.view.apply(move, to: &state, count: 30)
            #expect(state.selected == selected, "\(move)")
            #expect(state.top <= state.selected && state.selected < state.top + 5, "\(move): top \(state.top)")
        }
    }

    @Test func aClickSelectsTheItemUnderIt() {
        var state = ListState(selected: 0, top: 3)
        Self.view.apply(.click(row: 5), to: &state, count: 30)
        #expect(state.selected == 5)
        Self.view.apply(.click(row: 40), to: &state, count: 30)
        #expect(state.selected == 5)
        Self.view.apply(.click(row: 9), to: &state, count: 6)
        #expect(state.selected == 5) // no item there
    }

    @Test func scrollingTextStopsAtItsEnds() {
        let text = ListView(area: Rect(x: 0, y: 0, width: 10, height: 4))
        var top = 0
        text.scroll(.up, top: &top, count: 10)
        #expect(top == 0)
        text.scroll(.pageDown, top: &top, count: 10)
        #expect(top == 4)
        text.scroll(.bottom, top: &top, count: 10)
        #expect(top == 6)
        text.scroll(.halfPageUp, top: &top, count: 10)
        #expect(top == 4)
    }

    @Test func rendersTheItemsShownWithTheSelectionFilled() {
        var frame = Frame(width: 20, height: 12)
        var drawn: [Int] = []
        Self.view.render(into: &frame, state: ListState(selected: 4, top: 3), count: 30, selection: Style(reverse: true)) { frame, index, rect, selected in
            drawn.append(index)
            frame.put("item \(index)", x: rect.x, y: rect.y)
            #expect(selected == (index == 4))
        }
        #expect(drawn == [3, 4, 5, 6, 7])
        #expect(frame.lines[2].hasPrefix("item 3"))
        #expect(frame.lines[4].hasPrefix("item 4"))
        #expect(frame[10, 4].style.reverse)
        #expect(!frame[10, 2].style.reverse)
    }
}
