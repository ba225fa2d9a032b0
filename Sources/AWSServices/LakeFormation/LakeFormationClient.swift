import AWSCore

/// AWS Lake Formation (https://docs.aws.amazon.com/lake-formation/latest/APIReference/): grants on catalog
/// resources, data cells filters, data lake settings and registered locations. A restJson1 service where every
/// operation is `POST /<Operation>` with a JSON body (AWS-NOTES A4, A5, B1).
package struct LakeFormationClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "LakeFormation", signingName: "lakeformation", wireProtocol: .restJSON,
        apiVersion: "2017-03-31")

    /// BatchGrant/BatchRevokePermissions take at most this many entries per call.
    package static let maxBatchEntries = 20

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// Error codes callers compare with `AWSError.code`.
    package enum ErrorCode: String, Sendable {
        /// Bad input — and also revoking a permission the principal does not hold.
        case invalidInput = "InvalidInputException"
        case entityNotFound = "EntityNotFoundException"
        case alreadyExists = "AlreadyExistsException"
    }

    func call<Input: Encodable & Sendable, Output: Decodable>(
        _ operation: String, _ input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        try await client.restJSON(
            Self.service, operation: operation, method: "POST", path: "/\(operation)", body: input, output: output)
    }
}

/// The reply of operations that answer `{}`.
struct LakeFormationEmptyReply: Decodable {}
