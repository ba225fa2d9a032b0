import Foundation

/// The JSON shape shared by the container endpoint, instance metadata and `credential_process`:
/// `{AccessKeyId, SecretAccessKey, Token | SessionToken, Expiration (ISO-8601)}` plus `Version` (process) and
/// `Code`/`Message` (instance metadata). Decoding failures are reported by us, never by quoting the body,
/// because the body holds the secret key.
struct CredentialDocument: Decodable, Sendable {
    var version: Int?
    var accessKeyId: String?
    var secretAccessKey: String?
    var token: String?
    var sessionToken: String?
    var expiration: String?
    var code: String?

    enum CodingKeys: String, CodingKey {
        case version = "Version"
        case accessKeyId = "AccessKeyId"
        case secretAccessKey = "SecretAccessKey"
        case token = "Token"
        case sessionToken = "SessionToken"
        case expiration = "Expiration"
        case code = "Code"
    }

    /// Decodes and validates; `source` names the origin in the error ("container endpoint", …).
    static func decode(_ bytes: [UInt8], source: String) throws -> CredentialDocument {
        do {
            return try JSONDecoder().decode(CredentialDocument.self, from: Data(bytes))
        } catch {
            throw CredentialsError.malformedResponse(
                source: source, reason: "the reply is not the expected JSON object")
        }
    }

    /// The credentials, or an error naming the first missing field.
    func credentials(source: String) throws -> AWSCredentials {
        guard let accessKeyId, !accessKeyId.isEmpty else {
            throw CredentialsError.malformedResponse(source: source, reason: "AccessKeyId is missing")
        }
        guard let secretAccessKey, !secretAccessKey.isEmpty else {
            throw CredentialsError.malformedResponse(source: source, reason: "SecretAccessKey is missing")
        }
        var expirationDate: Date?
        if let expiration {
            guard let date = Self.parseDate(expiration) else {
                throw CredentialsError.malformedResponse(
                    source: source, reason: "Expiration '\(expiration)' is not an ISO-8601 timestamp")
            }
            expirationDate = date
        }
        return AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken ?? token,
            expiration: expirationDate, source: source)
    }

    /// ISO-8601 with or without fractional seconds, `Z` or a numeric offset (STS and IMDS use `Z`; some
    /// credential_process helpers print `+00:00` or milliseconds).
    static func parseDate(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
