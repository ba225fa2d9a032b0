import Testing

@testable import AWSCore

@Suite struct PaginatorTests {
    struct Page: Sendable, Equatable {
        var items: [Int]
        var next: String?
    }

    /// Pages served from a table keyed by the token asked for (nil = first page).
    private func paginator(_ table: [String?: Page], start: String? = nil) -> Paginator<Page> {
        Paginator(
            service: "Glue", operation: "GetTables", startingToken: start,
            fetch: { token in table[token] ?? Page(items: [], next: nil) }, nextToken: { $0.next })
    }

    @Test func followsTokensUntilThereIsNone() async throws {
        let pages = try await paginator([
            nil: Page(items: [1], next: "a"), "a": Page(items: [2], next: "b"), "b": Page(items: [3], next: nil),
        ]).collect()
        #expect(pages.flatMap(\.items) == [1, 2, 3])
    }

    @Test func anEmptyTokenEndsTheListing() async throws {
        let pages = try await paginator([nil: Page(items: [1], next: "a"), "a": Page(items: [2], next: "")]).collect()
        #expect(pages.count == 2)
    }

    @Test func aRepeatedTokenStopsWithAnError() async throws {
        var seen: [Int] = []
        await #expect(throws: AWSClientError.repeatedPageToken(service: "Glue", operation: "GetTables", page: 3)) {
            for try await page in paginator([
                nil: Page(items: [1], next: "a"), "a": Page(items: [2], next: "b"), "b": Page(items: [3], next: "a"),
            ]) {
                seen += page.items
            }
        }
        #expect(seen == [1, 2])
    }

    @Test func aServerEchoingTheStartingTokenIsCaught() async throws {
        await #expect(throws: AWSClientError.self) {
            _ = try await paginator(["s": Page(items: [9], next: "s")], start: "s").collect()
        }
    }
}
