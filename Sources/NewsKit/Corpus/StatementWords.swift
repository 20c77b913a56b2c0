/// A quote's words as statement grouping compares them: folded as search folds them (case, accents,
/// curly and straight marks and punctuation all alike), a bracketed insertion (`[Donald]`, `[is]`)
/// left out as the editor's, and cut into runs at each ellipsis (`…`, `...`), since words on either
/// side of one were not said together.
struct StatementWords {
    /// The runs of words between ellipses, each word a stable hash of its folded form.
    let runs: [[UInt64]]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        // Which scalars are inside brackets, and where each ellipsis ends.
        var bracketed = [Bool](repeating: false, count: scalars.count)
        var ellipsisBefore = [Bool](repeating: false, count: scalars.count + 1)
        var open: Int?
        var dots = 0
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "[": open = i
            case "]": if let start = open { for j in start...i { bracketed[j] = true }; open = nil }
            case "…": ellipsisBefore[i + 1] = true
            default: break
            }
            dots = scalar == "." ? dots + 1 : 0
            if dots >= 3 { ellipsisBefore[i + 1] = true }
        }
        let search = SearchText(text)
        var runs: [[UInt64]] = [[]]
        var previousEnd = 0
        for word in search.words {
            let start = word.original.lowerBound
            if start > previousEnd, ellipsisBefore[(previousEnd + 1)...start].contains(true), !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
            previousEnd = word.original.upperBound
            guard !bracketed[word.original.lowerBound] else { continue }
            runs[runs.count - 1].append(StableHash(search.word(at: word.folded)).value)
        }
        self.runs = runs.filter { !$0.isEmpty }
    }

    /// Every run of `length` words in a row (within a run between ellipses), each as one hash.
    func shingles(length: Int) -> Set<UInt64> {
        var found = Set<UInt64>()
        for run in runs where run.count >= length {
            for start in 0...(run.count - length) {
                var hash: UInt64 = 14_695_981_039_346_656_037
                for word in run[start..<(start + length)] { hash = (hash ^ word) &* 1_099_511_628_211; hash ^= hash >> 29 }
                found.insert(hash)
            }
        }
        return found
    }

    /// One hash of every word in order: two quotes worded alike (the same statement in two copies of
    /// a wire story) have the same.
    var wording: UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for run in runs {
            for word in run { hash = (hash ^ word) &* 1_099_511_628_211; hash ^= hash >> 29 }
            hash = (hash ^ 0xFF) &* 1_099_511_628_211
        }
        return hash
    }

    var count: Int { runs.reduce(0) { $0 + $1.count } }
}
