/// restJson1 (Lake Formation): the operation is in the method and path; inputs go in the path, query,
/// headers and a JSON body; errors name their type in `x-amzn-ErrorType` or the body.
/// https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
package enum RESTJSONProtocol {
    package static func request(
        operation: String, method: String, path: String, query: [(String, String)] = [],
        headers: [HTTPHeader] = [], body: [UInt8]? = nil
    ) -> AWSRequest {
        var allHeaders = headers
        if body != nil, allHeaders.value(for: "Content-Type") == nil {
            allHeaders.append(HTTPHeader("Content-Type", "application/json"))
        }
        return AWSRequest(
            operation: operation, method: method, path: path, query: query, headers: allHeaders,
            body: body.map { .bytes($0) } ?? .empty)
    }
}
