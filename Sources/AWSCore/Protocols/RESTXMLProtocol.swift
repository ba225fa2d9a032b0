/// restXml (S3): the operation is in the method and path; XML bodies; errors as `<Error><Code>`, or no
/// body at all for HEAD. https://smithy.io/2.0/aws/protocols/aws-restxml-protocol.html
package enum RESTXMLProtocol {
    package static func request(
        operation: String, method: String, path: String, query: [(String, String)] = [],
        headers: [HTTPHeader] = [], body: HTTPBody = .empty
    ) -> AWSRequest {
        var allHeaders = headers
        if case .bytes = body, allHeaders.value(for: "Content-Type") == nil {
            allHeaders.append(HTTPHeader("Content-Type", "application/xml"))
        }
        return AWSRequest(
            operation: operation, method: method, path: path, query: query, headers: allHeaders, body: body)
    }

    /// The reply's root element, or nil for an empty body (PUT/DELETE answers).
    package static func document(_ body: [UInt8]) throws(XMLReaderError) -> XElement? {
        guard body.contains(where: { $0 > 0x20 }) else { return nil }
        return try XMLReader.parse(body)
    }
}
