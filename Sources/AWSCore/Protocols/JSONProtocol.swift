import Foundation

/// awsJson1_0 / awsJson1_1 (Glue, KMS, Athena, Firehose, Logs): every operation is `POST /` with
/// `X-Amz-Target: {prefix}.{Operation}` and a JSON body; timestamps are epoch seconds.
/// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
package enum JSONProtocol {
    package static func request(targetPrefix: String, operation: String, version: String, body: [UInt8]) -> AWSRequest {
        AWSRequest(
            operation: operation, method: "POST", path: "/",
            headers: [
                HTTPHeader("Content-Type", "application/x-amz-json-\(version)"),
                HTTPHeader("X-Amz-Target", "\(targetPrefix).\(operation)"),
            ],
            body: .bytes(body))
    }

    /// An encoder that writes what AWS JSON protocols expect (epoch-second dates).
    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    package static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }

    /// An empty reply body decodes as `{}` (operations with no output still answer 200).
    package static func decode<Output: Decodable>(_ type: Output.Type, from body: [UInt8]) throws -> Output {
        let data = body.isEmpty ? Data("{}".utf8) : Data(body)
        return try decoder().decode(type, from: data)
    }
}
