/// What a stretch of the reporter's text refers to when it is the subject of a speech verb.
enum Reference: Equatable {
    /// A person, named or resolved, with the words that referred to them, those words' tokens, and
    /// for a pronoun or a description the reference to the person it was resolved to.
    case person(Int, words: String, rule: Attribution.Rule, tokens: Range<Int>, landing: Discourse.Position? = nil)
    /// A referent that is not a person, or a person the text does not name (`a spokesperson for Rubio`,
    /// `officials`, `the State Department`): the speaker is known to be no named person.
    case unnamed(words: String)
}
