import AWSCore
import Foundation

/// Amazon RDS (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/): the snapshots lakectl
/// exports and the export tasks that write them to S3 as Parquet. A query-protocol service.
package struct RDSClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "RDS", signingName: "rds", wireProtocol: .query, apiVersion: "2014-10-31")

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// Error codes RDS answers with for the things lakectl looks up (compare with `AWSError.code`).
    /// The RDS error codes callers branch on, checked with `AWSError.hasCode(_:)`.
    package enum ErrorCode: String, Sendable, CaseIterable {
        case dbSnapshotNotFound = "DBSnapshotNotFound"
        case dbClusterSnapshotNotFound = "DBClusterSnapshotNotFoundFault"
        case exportTaskNotFound = "ExportTaskNotFound"
        case exportTaskAlreadyExists = "ExportTaskAlreadyExists"
    }

    /// Reads a required text field of a reply, or reports which one was missing.
    static func required(_ element: XElement, _ path: String..., operation: String) throws -> String {
        guard let value = element.element(at: path)?.text, !value.isEmpty else {
            throw AWSClientError.invalidResponse(
                service: service.serviceId, operation: operation,
                reason: "the reply has no \(path.joined(separator: "/"))")
        }
        return value
    }

    /// The items of a wrapped list (`<DBSnapshots><DBSnapshot>…`), whatever the item element is called
    /// (`member` or the model's locationName).
    static func items(_ element: XElement?, _ wrapper: String) -> [XElement] {
        element?.child(wrapper)?.children ?? []
    }

    /// A whole-number field, nil when absent; a value that is not an integer is an error in the reply.
    static func integer(_ element: XElement, _ name: String, operation: String) throws -> Int? {
        guard let text = element.string(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw AWSClientError.invalidResponse(
                service: service.serviceId, operation: operation,
                reason: "\(name) is \"\(text.prefix(32))\", not an integer")
        }
        return value
    }

    static func bool(_ element: XElement, _ name: String) -> Bool? {
        element.string(name).map { $0.trimmingCharacters(in: .whitespaces).lowercased() == "true" }
    }

    static func date(_ element: XElement, _ name: String) -> Date? {
        element.string(name).flatMap(AWSTimestamp.parse)
    }

    /// Query-protocol list parameters: `Name.member.1`, or with a locationName `Name.Item.1`.
    static func list(_ name: String, item: String = "member", _ values: [String]) -> [(String, String)] {
        values.enumerated().map { ("\(name).\(item).\($0.offset + 1)", $0.element) }
    }
}
