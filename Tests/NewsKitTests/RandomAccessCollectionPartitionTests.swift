import Testing
@testable import NewsKit

@Suite struct RandomAccessCollectionPartitionTests {
    @Test(arguments: [0, 1, 2, 3, 5, 8, 9, 10])
    func findsTheFirstElementOfTheSecondPart(_ threshold: Int) {
        let sorted = [1, 2, 2, 3, 5, 8, 8, 9]
        let index = sorted.partitioningIndex { $0 >= threshold }
        #expect(index == (sorted.firstIndex { $0 >= threshold } ?? sorted.endIndex))
    }

    @Test func anEmptyCollectionOrASliceGivesItsOwnIndices() {
        #expect([Int]().partitioningIndex { $0 > 0 } == 0)
        let slice = [1, 4, 6, 7, 9][2...]
        #expect(slice.partitioningIndex { $0 > 6 } == 3)
        #expect(slice.partitioningIndex { $0 > 100 } == slice.endIndex)
    }
}
