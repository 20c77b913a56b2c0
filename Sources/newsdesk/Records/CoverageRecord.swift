import NewsKit

/// `coverage --json`: one person's statements by outlet and by the verb that introduces them.
struct CoverageRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var personId: PersonID
    var name: String
    /// Statements in the outlets listed.
    var statements: Int
    /// Most statements first.
    var outlets: [OutletCount]
    /// Most statements first.
    var verbs: [VerbCount]

    struct OutletCount: Codable {
        /// null for articles that name no outlet.
        @Nullable var source: String?
        var statements: Int
    }

    struct VerbCount: Codable {
        /// The verb's base form (`warn` for warned, warns), `:` for a colon after the name, `according
        /// to`, or "" when no cue word gave the speaker.
        var verb: String
        var statements: Int
        /// Each form as written (lower case), most used first.
        var forms: [FormCount]
    }

    struct FormCount: Codable {
        var form: String
        var statements: Int
    }

    init(_ row: Coverage.Row, outlets: [String], verbs: [CueVerbCount]) {
        personId = row.person.id
        name = row.person.name
        statements = row.total
        self.outlets = row.counts.sorted { ($0.statements, $1.column) > ($1.statements, $0.column) }.map { count in
            let name = outlets[count.column]
            return OutletCount(source: name == OutletFilter.unknownOutlet ? nil : name, statements: count.statements)
        }
        self.verbs = verbs.map { verb in
            VerbCount(verb: verb.lemma, statements: verb.statements, forms: verb.forms.map { FormCount(form: $0.text, statements: $0.statements) })
        }
    }
}
