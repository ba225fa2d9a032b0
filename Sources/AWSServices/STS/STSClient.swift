import AWSCore

/// AWS Security Token Service: who am I, and temporary credentials for a role
/// (https://docs.aws.amazon.com/STS/latest/APIReference/). A query-protocol service; lakectl uses the
/// regional endpoint (`sts.{region}.amazonaws.com`), the SDKs' default since 2022.
package struct STSClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "STS", signingName: "sts", wireProtocol: .query, apiVersion: "2011-06-15")

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// Reads a required text field of a reply, or reports which one was missing.
    func required(_ element: XElement, _ path: String..., operation: String) throws -> String {
        guard let value = element.element(at: path)?.text, !value.isEmpty else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation,
                reason: "the reply has no \(path.joined(separator: "/"))")
        }
        return value
    }
}
