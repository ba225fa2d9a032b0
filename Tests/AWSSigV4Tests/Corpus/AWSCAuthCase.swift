import Foundation
import Testing

@testable import AWSSigV4

/// One case of aws-c-auth's `tests/aws-signing-test-suite/v4/`, signed one way (header or query).
struct AWSCAuthCase: Sendable, CustomTestStringConvertible {
    enum Variant: String, Sendable, CaseIterable {
        case header, query
    }

    let name: String
    let directory: URL
    let variant: Variant

    var testDescription: String { "\(name) [\(variant.rawValue)]" }

    /// The files every case must have for a verdict.
    static let requiredFiles: [String] =
        ["context.json", "request.txt"]
        + Variant.allCases.flatMap { variant in
            ["canonical-request", "string-to-sign", "signature", "signed-request"].map {
                "\(variant.rawValue)-\($0).txt"
            }
        }

    /// Discovered by listing the suite folder, so new cases are picked up without touching this file.
    static func all() -> [AWSCAuthCase] {
        guard let suite = SigV4Corpus.awsCAuth else { return [] }
        return SigV4Corpus.subdirectories(of: suite).flatMap { directory in
            Variant.allCases.map { AWSCAuthCase(name: directory.lastPathComponent, directory: directory, variant: $0) }
        }
    }

    struct Context: Decodable {
        struct Credentials: Decodable {
            var access_key_id: String
            var secret_access_key: String
            var token: String?
        }

        var credentials: Credentials
        var expiration_in_seconds: Int?
        var normalize: Bool?
        var region: String
        var service: String
        var sign_body: Bool?
        var omit_session_token: Bool?
        var timestamp: String
    }

    func file(_ suffix: String) -> URL { directory.appendingPathComponent("\(variant.rawValue)-\(suffix)") }

    func expected(_ suffix: String) throws -> String {
        try #require(SigV4Corpus.text(file(suffix)), "missing \(variant.rawValue)-\(suffix) in \(name)")
    }

    var signsBody: Bool { (try? context().sign_body) == true }

    func context() throws -> Context {
        let data = try Data(contentsOf: directory.appendingPathComponent("context.json"))
        return try JSONDecoder().decode(Context.self, from: data)
    }

    func rawRequest() throws -> RawHTTPRequest {
        let bytes = try #require(SigV4Corpus.bytes(directory.appendingPathComponent("request.txt")))
        return try RawHTTPRequest.parse(bytes: bytes)
    }

    /// Signs the case's request as its context.json says.
    func sign() throws -> (result: SignedRequest, body: [UInt8]) {
        let context = try context()
        let raw = try rawRequest()
        let date = try #require(ISO8601DateFormatter().date(from: context.timestamp), "bad timestamp")
        let signer = SigV4Signer(
            credentials: SigningCredentials(
                accessKeyId: context.credentials.access_key_id,
                secretAccessKey: context.credentials.secret_access_key,
                sessionToken: context.credentials.token),
            region: context.region, service: context.service,
            options: SigV4Options(
                normalizePath: context.normalize ?? true, doubleEncodePath: true,
                addContentSHA256Header: context.sign_body ?? false,
                sessionToken: context.omit_session_token == true ? .addedAfterSigning : .signed))
        let payload = PayloadSigning.hashing(raw.body)
        switch variant {
        case .header:
            return (signer.sign(raw.request, payload: payload, date: date), raw.body)
        case .query:
            let expires = context.expiration_in_seconds ?? 3600
            return (signer.presign(raw.request, expiresIn: expires, payload: payload, date: date), raw.body)
        }
    }
}
