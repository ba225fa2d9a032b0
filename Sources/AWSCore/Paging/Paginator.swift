/// Follows an operation's continuation token page by page, as an `AsyncSequence` of pages.
///
/// It stops when the next token is absent or empty, and throws `AWSClientError.repeatedPageToken` when
/// a token comes back that was already followed — a service (or emulator) bug that would otherwise loop
/// forever (soto's PaginatorSequence stops the same way; AWS CLI, AWS-NOTES A1).
package struct Paginator<Page: Sendable>: AsyncSequence, Sendable {
    package typealias Element = Page

    let service: String
    let operation: String
    let startingToken: String?
    let fetch: @Sendable (String?) async throws -> Page
    let nextToken: @Sendable (Page) -> String?

    /// - Parameters:
    ///   - startingToken: resume from a token (`--starting-token`), nil for the first page.
    ///   - fetch: calls the operation with the token (nil for the first page).
    ///   - nextToken: the reply's continuation token, nil when the listing is complete (return nil
    ///     yourself when a separate `IsTruncated` flag says so).
    package init(
        service: String, operation: String, startingToken: String? = nil,
        fetch: @escaping @Sendable (String?) async throws -> Page, nextToken: @escaping @Sendable (Page) -> String?
    ) {
        self.service = service
        self.operation = operation
        self.startingToken = startingToken
        self.fetch = fetch
        self.nextToken = nextToken
    }

    package func makeAsyncIterator() -> Iterator {
        Iterator(paginator: self, token: startingToken)
    }

    package struct Iterator: AsyncIteratorProtocol {
        let paginator: Paginator
        var token: String?
        var seen: Set<String> = []
        var pagesFetched = 0
        var finished = false

        init(paginator: Paginator, token: String?) {
            self.paginator = paginator
            self.token = token
            if let token { seen.insert(token) }
        }

        package mutating func next() async throws -> Page? {
            guard !finished else { return nil }
            try Task.checkCancellation()
            let page = try await paginator.fetch(token)
            pagesFetched += 1
            guard let next = paginator.nextToken(page), !next.isEmpty else {
                finished = true
                return page
            }
            guard seen.insert(next).inserted else {
                finished = true
                throw AWSClientError.repeatedPageToken(
                    service: paginator.service, operation: paginator.operation, page: pagesFetched)
            }
            token = next
            return page
        }
    }

    /// Every page, in order (for listings known to be small).
    package func collect() async throws -> [Page] {
        var pages: [Page] = []
        for try await page in self { pages.append(page) }
        return pages
    }
}
