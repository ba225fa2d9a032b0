/// What reading an S3 object cost: GET requests sent (HEAD and LIST not counted) and body bytes
/// received, so a footer-only read can be shown (and tested) to fetch the footer and nothing else.
package struct S3FetchStats: Sendable, Equatable {
    package var requests = 0
    package var bytes = 0

    package init(requests: Int = 0, bytes: Int = 0) {
        self.requests = requests
        self.bytes = bytes
    }
}
