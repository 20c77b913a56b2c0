import Foundation
import NewsKit

/// A screen that can say whose evidence pack `E` writes (Person: the person; Variants: the statement's speaker).
protocol EvidenceSource {
    func evidencePerson(in library: CorpusQuery) -> PersonID?
}

extension Desktop {
    /// Writes a person's evidence pack as Markdown to `evidenceFolder/NAME.md`; what to say about it.
    func writeEvidence(of person: PersonID, library: CorpusQuery) -> String {
        guard let pack = EvidencePack(person: person, in: library) else { return "no such person in these articles" }
        let name = SearchText.words(pack.person.name).joined(separator: "-")
        let file = (evidenceFolder as NSString).appendingPathComponent((name.isEmpty ? pack.person.id.rawValue : name) + ".md")
        do {
            try FileManager.default.createDirectory(atPath: evidenceFolder, withIntermediateDirectories: true)
            try Data(pack.markdown.utf8).write(to: URL(fileURLWithPath: file))
            return "evidence pack of \(pack.person.name) (\(pack.entries.count) statements) written to \(file)"
        } catch {
            return "could not write \(file): \(error.localizedDescription)"
        }
    }
}
