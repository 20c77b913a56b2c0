extension StyledText {
    /// Text put in at scalar offsets of this text (several at one offset go in the order given), each
    /// with a style of its own laid over the base; the runs move with the text around them.
    public func inserting(_ insertions: [(offset: Int, text: String, style: Style)]) -> StyledText {
        let scalars = Array(text.unicodeScalars)
        let sorted = insertions.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
        var out = String.UnicodeScalarView()
        var shift = [Int](repeating: 0, count: scalars.count + 1)
        var added: [Run] = []
        var next = 0, inserted = 0
        for offset in 0...scalars.count {
            while next < sorted.count, min(max(0, sorted[next].offset), scalars.count) == offset {
                let piece = sorted[next].text.unicodeScalars
                added.append(Run(range: out.count..<(out.count + piece.count), style: sorted[next].style))
                out.append(contentsOf: piece)
                inserted += piece.count
                next += 1
            }
            shift[offset] = inserted
            if offset < scalars.count { out.append(scalars[offset]) }
        }
        /// Where an original scalar is now (its offset in the text, clamped).
        func moved(_ offset: Int) -> Int {
            let k = min(max(0, offset), scalars.count)
            return k + shift[k]
        }
        // A run keeps its first and last scalar; text inserted inside it shows in its own style on top.
        let runs = runs.map { run in
            let start = moved(run.range.lowerBound)
            let end = run.range.upperBound > run.range.lowerBound ? moved(run.range.upperBound - 1) + 1 : start
            return Run(range: start..<max(start, end), style: run.style)
        }
        return StyledText(String(out), base: base, runs: runs + added)
    }
}
