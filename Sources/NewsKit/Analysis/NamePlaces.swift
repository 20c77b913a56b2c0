/// Where each person of an article is named, in reading order, and where an attributed quote stands
/// for a name (the name its own evidence ended at): the end of a chain of evidence. A pronoun or a
/// description resolves to a reference to someone (`Discourse.Event`); the name shown for it is the
/// one found here.
struct NamePlaces {
    fileprivate struct Place {
        var position: Discourse.Position
        var range: BlockRange
    }

    /// Each person's places, sorted by position.
    private var places: [Int: [Place]] = [:]

    /// How far after a reference (in tokens of its block) a name still belongs to it: the subject
    /// of `said Zelensky` is noted at the verb, before the name.
    private static let nameAfterReach = 6

    /// Notes that `person` is named (or stood for by a name) at `position`, by the words at `range`.
    mutating func add(_ person: Int, at position: Discourse.Position, range: BlockRange) {
        // In place (a copy of the list per name would cost quadratic time for a much-named person);
        // names come mostly in reading order, so the search is short.
        places[person, default: []].insertInOrder(Place(position: position, range: range))
    }

    /// The name of `person` that a reference to them at `position` stands for: the name there, else
    /// one a few words after it in its block (`said Zelensky`), else the last before it.
    func name(of person: Int, at position: Discourse.Position) -> BlockRange? {
        guard let list = places[person] else { return nil }
        let after = list.partitioningIndex { $0.position > position }
        if after > 0, list[after - 1].position == position { return list[after - 1].range }
        if after < list.count, list[after].position.block == position.block,
           list[after].position.token - position.token <= Self.nameAfterReach {
            return list[after].range
        }
        return after > 0 ? list[after - 1].range : nil
    }
}

private extension Array where Element == NamePlaces.Place {
    /// Inserts `place` after every place not after it.
    mutating func insertInOrder(_ place: Element) {
        var index = endIndex
        while index > startIndex, self[index - 1].position > place.position { index -= 1 }
        insert(place, at: index)
    }
}
