/// A response as the transport received it. When the request asked for the body to be written to a file,
/// `body` is empty and `bodyFile` names the file.
package struct HTTPResponse: Sendable, Equatable {
    package var status: Int
    package var headers: [HTTPHeader]
    package var body: [UInt8]
    package var bodyFile: String?

    package init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = [], bodyFile: String? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyFile = bodyFile
    }
}
