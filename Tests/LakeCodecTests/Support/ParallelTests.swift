import Synchronization
import Testing

@testable import LakeCodec

@Suite("Parallel")
struct ParallelTests {
    struct Failure: Error, Equatable { let index: Int }

    /// Records the order pieces start in (one thread: exactly the order the queue hands them out).
    final class Log: @unchecked Sendable {
        private let lock = Mutex<[Int]>([])
        func add(_ i: Int) { lock.withLock { $0.append(i) } }
        var order: [Int] { lock.withLock { $0 } }
    }

    @Test("results come back in index order for any thread count", arguments: [1, 2, 3, 8])
    func indexOrder(threads: Int) throws {
        let costs = [3, 9, 1, 9, 0, 4, 7, 2, 5, 5, 8, 6]
        let squares = try Parallel.map(costs.count, threads: threads) { $0 * $0 }
        #expect(squares == (0..<12).map { $0 * $0 })
        let costliest = try Parallel.map(costs.count, threads: threads, costliestFirst: { costs[$0] }) { $0 * $0 }
        #expect(costliest == squares)
    }

    @Test("costliest first: pieces start by decreasing cost, ties by index")
    func startOrder() throws {
        let costs = [3, 9, 1, 9, 0, 4, 7, 2, 5, 5, 8, 6]
        let log = Log()
        _ = try Parallel.map(costs.count, threads: 1, costliestFirst: { costs[$0] }) { log.add($0) }
        #expect(log.order == [1, 3, 10, 6, 11, 8, 9, 5, 0, 7, 2, 4])
    }

    @Test("the error rethrown is the first by index, whatever ran first", arguments: [1, 2])
    func firstErrorByIndex(threads: Int) throws {
        let costs = [1, 1, 1, 1, 9, 1, 1, 9]
        #expect(throws: Failure(index: 4)) {
            _ = try Parallel.map(8, threads: threads, costliestFirst: { costs[$0] }) { i -> Int in
                if i == 4 || i == 7 { throw Failure(index: i) }
                return i
            }
        }
        // Started first, 7 fails first; 4 still comes first by index.
        #expect(throws: Failure(index: 4)) {
            _ = try Parallel.map(8, threads: threads, costliestFirst: { $0 == 7 ? 10 : costs[$0] }) { i -> Int in
                if i == 4 || i == 7 { throw Failure(index: i) }
                return i
            }
        }
    }
}
