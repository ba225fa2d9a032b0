/// awsQuery (STS, IAM, RDS, CloudWatch): a form-encoded POST of `Action`, `Version` and flattened
/// parameters (`Tags.member.1.Key=…`), answered by `<{Action}Response><{Action}Result>…` XML.
/// https://smithy.io/2.0/aws/protocols/aws-query-protocol.html
package enum QueryProtocol {
    package static func request(action: String, version: String, parameters: [(String, String)]) -> AWSRequest {
        let body = QueryEncoding.formEncode([("Action", action), ("Version", version)] + parameters)
        return AWSRequest(
            operation: action, method: "POST", path: "/",
            headers: [HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
            body: .bytes(Array(body.utf8)))
    }

    /// The `<{Action}Result>` element of a reply (an empty element when the action returns nothing).
    package static func result(of body: [UInt8], action: String) throws(XMLReaderError) -> XElement {
        let root = try XMLReader.parse(body)
        return root.child("\(action)Result") ?? XElement(name: "\(action)Result")
    }
}
