import NewsKit

extension ReaderScreen {
    /// The status of a corrected quote: the correction, marked ✎, and what the analysis found.
    static func correctedStatus(_ opening: String, _ correction: Correction, _ quote: Quote, _ article: Int, _ library: CorpusQuery) -> String {
        let analysis = library.corpus.analysedSpeaker(of: quote, inArticle: article)?.name ?? "no speaker"
        let pivot = library.corpus.speaker(of: quote, inArticle: article) == nil ? "" : " · Enter pivot"
        return "\(opening) — \(correction.summary) ✎ corrected, the analysis said \(analysis) · c undo\(pivot)"
    }
}
