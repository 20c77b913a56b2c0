/// Cuts the body lines of a file into paragraphs (each a list of line indices).
///
/// Blank lines always separate paragraphs. Within a run of lines, a file is read either as one paragraph
/// per line (when most lines end a sentence) or as hard-wrapped text, where a new paragraph starts at a
/// line that opens with a quotation mark after a line that ends a sentence, or after a sentence that
/// ends well short of the wrap width.
struct BodySegmenter {
    static func paragraphs(in source: SourceText, from start: Int) -> [[Int]] {
        var runs: [[Int]] = [[]]
        for index in start..<source.lines.count {
            if source.lines[index].isBlank {
                if !runs[runs.count - 1].isEmpty { runs.append([]) }
            } else {
                runs[runs.count - 1].append(index)
            }
        }
        runs.removeAll { $0.isEmpty }

        let inner = runs.flatMap { $0.dropLast() }
        let texts = Dictionary(uniqueKeysWithValues: runs.flatMap { $0 }.map { ($0, source.text(ofLine: $0)) })
        let ending = inner.filter { texts[$0]!.endsSentence || texts[$0]!.hasSuffix(":") }.count
        let onePerLine = !inner.isEmpty && ending * 2 >= inner.count
        let wrapWidth = percentile90(inner.map { texts[$0]!.count })

        var paragraphs: [[Int]] = []
        for run in runs {
            var current: [Int] = []
            for (k, index) in run.enumerated() {
                current.append(index)
                guard k + 1 < run.count else { continue }
                let line = texts[index]!
                let next = texts[run[k + 1]]!
                let breaks: Bool
                if onePerLine {
                    breaks = true
                } else {
                    let opensQuote = next.unicodeScalars.first?.isQuotationMark ?? false
                    let short = wrapWidth >= 40 && line.count * 10 < wrapWidth * 6
                    breaks = line.endsSentence && (opensQuote || short)
                }
                if breaks {
                    paragraphs.append(current)
                    current = []
                }
            }
            if !current.isEmpty { paragraphs.append(current) }
        }
        return paragraphs
    }

    private static func percentile90(_ values: [Int]) -> Int {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
    }
}
