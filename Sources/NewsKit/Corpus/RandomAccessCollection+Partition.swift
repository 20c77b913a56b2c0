extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsInSecondPart`, found by binary search in a
    /// collection where every element that does not comes before every element that does (a sorted
    /// array asked "is it at least x?"); `endIndex` when none does.
    public func partitioningIndex(where belongsInSecondPart: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try belongsInSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
