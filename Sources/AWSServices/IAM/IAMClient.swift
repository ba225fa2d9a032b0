import AWSCore
import Foundation

/// AWS Identity and Access Management: managed policies and their versions, roles, and the policies
/// attached to roles (https://docs.aws.amazon.com/IAM/latest/APIReference/). A query-protocol, global
/// service: one endpoint, always signed for us-east-1 (cn-north-1 in China).
///
/// Service errors arrive as `AWSError`; compare `code` with `IAMErrorCode` to branch on them.
package struct IAMClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "IAM", signingName: "iam", wireProtocol: .query, apiVersion: "2010-05-08", isGlobal: true)

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

    /// `Tags.member.N.Key/Value`, in the order given.
    static func tagParameters(_ tags: [IAMTag]) -> [(String, String)] {
        var parameters: [(String, String)] = []
        for (index, tag) in tags.enumerated() {
            parameters.append(("Tags.member.\(index + 1).Key", tag.key))
            parameters.append(("Tags.member.\(index + 1).Value", tag.value))
        }
        return parameters
    }

    /// `Marker` / `MaxItems` for a listing call.
    static func pagingParameters(marker: String?, maxItems: Int?) -> [(String, String)] {
        var parameters: [(String, String)] = []
        if let marker { parameters.append(("Marker", marker)) }
        if let maxItems { parameters.append(("MaxItems", String(maxItems))) }
        return parameters
    }

    /// A listing page from a reply: the `member` items of `listName`, and the marker when `IsTruncated`.
    static func page<Item: Sendable>(
        _ result: XElement, listName: String, item: (XElement) throws -> Item
    ) rethrows -> Page<Item> {
        let members = result.child(listName)?.children(named: "member") ?? []
        let truncated = result.string("IsTruncated")?.lowercased() == "true"
        let marker = truncated ? result.string("Marker") : nil
        return Page(items: try members.map(item), nextToken: marker)
    }

    /// Policy documents in IAM replies are URL-encoded (RFC 3986) JSON. Emulators sometimes send them
    /// raw, so a body that already starts as a JSON object is taken as it is.
    static func decodeDocument(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") { return trimmed }
        return trimmed.removingPercentEncoding ?? trimmed
    }

    static func date(_ element: XElement, _ name: String) -> Date? {
        element.string(name).flatMap(AWSTimestamp.parse)
    }
}
