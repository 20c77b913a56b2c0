/// The verb that introduces a statement (`Attribution.cue`), folded to one form for counting:
/// `warned`, `warns` and `warning` are `warn`. A form is folded only when the word list of cues
/// (`cue-verbs.txt`) confirms the base by its third-person form (`warns` for `warn`, `notes` for
/// `note`, `replies` for `reply`), or by a table of the irregular ones; any other is counted as
/// written, in lower case.
public enum CueVerb {
    /// The key a statement's cue is counted under: the verb's base form, `:` for a colon after a
    /// name, `according to`, or "" when no cue word gave the speaker (another quote of the paragraph,
    /// the reporting clause's subject).
    public static func lemma(of cue: String?) -> String {
        guard let cue else { return "" }
        let word = cue.lowercased()
        if let base = irregular[word] { return base }
        let cues = Lexicon.shared.cueVerbs
        for base in candidates(of: word) where cues.contains(thirdPerson(of: base)) { return base }
        return word
    }

    /// `warns`, `stresses`, `replies`, `says`.
    private static func thirdPerson(of base: String) -> String {
        if isSibilant(base) { return base + "es" }
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) { return base.dropLast() + "ies" }
        return base + "s"
    }

    private static func isSibilant(_ word: String) -> Bool {
        ["s", "sh", "ch", "x", "z"].contains { word.hasSuffix($0) }
    }

    /// How a key is shown: `say`, `: (a colon)`, `(no cue word)`.
    public static func label(of lemma: String) -> String {
        switch lemma {
        case "": "(no cue word)"
        case ":": ": (a colon)"
        default: lemma
        }
    }

    /// Forms whose base no suffix rule finds.
    private static let irregular = ["said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
                                    "spoken": "speak", "says": "say", "saying": "say"]

    /// Possible bases of a form, the likeliest first.
    private static func candidates(of word: String) -> [String] {
        var bases: [String] = []
        func strip(_ suffix: String) -> String? {
            word.hasSuffix(suffix) && word.count > suffix.count + 1 ? String(word.dropLast(suffix.count)) : nil
        }
        if let stem = strip("ied") { bases.append(stem + "y") }
        if let stem = strip("ies") { bases.append(stem + "y") }
        if let stem = strip("es"), isSibilant(stem) { bases.append(stem) }
        if let stem = strip("s") { bases.append(stem) }
        for suffix in ["ed", "ing"] {
            guard let stem = strip(suffix) else { continue }
            // warned → warn, stressed → stress, noted → note, admitted → admit.
            bases += [stem, stem + "e"]
            if let last = stem.last, stem.dropLast().last == last { bases.append(String(stem.dropLast())) }
        }
        bases.append(word)
        return bases
    }
}
