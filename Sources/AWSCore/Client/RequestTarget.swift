import Foundation

/// The URL pieces of one request: the full URL sent, the path and query as signed, and the Host header.
/// Built once per call (not per attempt) from the endpoint and the request.
struct RequestTarget: Sendable, Equatable {
    var url: String
    var path: String
    var query: String
    var hostHeader: String

    /// nil when the endpoint is not an absolute http(s) URL with a host.
    init?(endpoint: String, request: AWSRequest) {
        guard let components = URLComponents(string: endpoint), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        var hostHeader = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        if let port = components.port, !(scheme == "http" && port == 80), !(scheme == "https" && port == 443) {
            hostHeader += ":\(port)"
        }
        // An endpoint may carry a base path (a proxy prefix); the request path is appended to it.
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") { basePath.removeLast() }
        let requestPath = request.path.hasPrefix("/") ? request.path : "/" + request.path
        self.path = basePath + requestPath
        self.query = QueryEncoding.encode(request.query)
        self.hostHeader = hostHeader
        self.url = "\(scheme)://\(hostHeader)\(path)" + (query.isEmpty ? "" : "?\(query)")
    }
}
