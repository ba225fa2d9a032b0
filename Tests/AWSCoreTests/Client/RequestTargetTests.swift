import Testing

@testable import AWSCore

@Suite struct RequestTargetTests {
    @Test func requestTargetRejectsRelativeEndpoints() {
        #expect(RequestTarget(endpoint: "localhost:5000", request: AWSRequest(operation: "X", method: "GET")) == nil)
        #expect(RequestTarget(endpoint: "ftp://h", request: AWSRequest(operation: "X", method: "GET")) == nil)
        let target = RequestTarget(
            endpoint: "https://h:443/base/",
            request: AWSRequest(operation: "X", method: "GET", path: "/k%20ey", query: [("a", "1")]))
        #expect(
            target
                == RequestTarget.make(url: "https://h/base/k%20ey?a=1", path: "/base/k%20ey", query: "a=1", host: "h"))
    }
}

extension RequestTarget {
    static func make(url: String, path: String, query: String, host: String) -> RequestTarget? {
        guard
            var target = RequestTarget(endpoint: "https://\(host)", request: AWSRequest(operation: "X", method: "GET"))
        else { return nil }
        target.url = url
        target.path = path
        target.query = query
        return target
    }
}
