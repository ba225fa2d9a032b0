/// A REST-XML reply: S3 answers carry data in headers (ETag, Content-Length, x-amz-*), so services get both.
package struct RESTXMLResponse: Sendable {
    package var response: HTTPResponse
    package var document: XElement?
}
