import AWSCore

/// AWS Key Management Service: the keys that encrypt lake data and exports, their aliases and key
/// policies (https://docs.aws.amazon.com/kms/latest/APIReference/). awsJson1.1 with the historical
/// target prefix `TrentService`.
///
/// Service errors arrive as `AWSError`; check them with `hasCode(KMSClient.ErrorCode.…)`.
package struct KMSClient: Sendable {
    package static let service = ServiceConfig(
        serviceId: "KMS", signingName: "kms", wireProtocol: .json(version: "1.1"), apiVersion: "2014-11-01",
        jsonTargetPrefix: "TrentService")

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// The only key policy name KMS supports.
    package static let defaultPolicyName = "default"
}

extension KMSClient {
    /// The KMS error codes callers branch on.
    package enum ErrorCode: String, Sendable, CaseIterable {
        case notFound = "NotFoundException"
        case alreadyExists = "AlreadyExistsException"
        case disabled = "DisabledException"
        case invalidState = "KMSInvalidStateException"
        case malformedPolicyDocument = "MalformedPolicyDocumentException"
        case limitExceeded = "LimitExceededException"
        case invalidArn = "InvalidArnException"
    }
}

/// Replies with no fields of interest.
struct KMSEmptyReply: Decodable {}
