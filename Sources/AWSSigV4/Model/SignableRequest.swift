/// The parts of an HTTP request that SigV4 covers, in their on-the-wire form.
///
/// The signer never builds URLs: `path` and `query` are exactly what goes on the request line, and the
/// canonical forms are derived from them, so what is signed is what is sent.
package struct SignableRequest: Sendable, Equatable {
    /// `GET`, `POST`, … (used verbatim in the canonical request).
    package var method: String
    /// As sent on the wire, already percent-encoded (`/a%20b`). The test suites also put raw bytes here
    /// (`/example space/`, raw UTF-8); both are encoded into the canonical URI the same way the suites do.
    package var path: String
    /// The raw query string without `?`, as sent; `""` when there is none.
    package var query: String
    /// Ordered; repeated names and folded multi-line values are allowed. Must include `Host`.
    package var headers: [SignableHeader]

    package init(method: String, path: String, query: String = "", headers: [SignableHeader] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
    }

    /// The value of the first header named `name` (case-insensitive), if any.
    package func header(named name: String) -> String? {
        headers.first { HeaderName.equalsIgnoringCase($0.name, name) }?.value
    }
}
