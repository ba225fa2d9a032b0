/// The wire formats AWS services speak (Smithy protocol traits). A `ServiceConfig` names one; the
/// per-format types (`QueryProtocol`, `JSONProtocol`, `RESTJSONProtocol`, `RESTXMLProtocol`) build
/// requests and say how error bodies look.
package enum WireProtocol: Sendable, Equatable {
    /// awsQuery: form-encoded `Action`/`Version` POST, XML replies (STS, IAM, RDS, CloudWatch).
    case query
    /// awsJson1_0 / awsJson1_1: POST `/` with `X-Amz-Target`, JSON both ways (Glue, KMS, Athena, Firehose).
    case json(version: String)
    /// restJson1: resource paths and JSON bodies (Lake Formation).
    case restJSON
    /// restXml: resource paths and XML bodies (S3).
    case restXML

    /// Which body format the service's errors normally use, tried first when decoding an error.
    var prefersXMLErrors: Bool {
        switch self {
        case .query, .restXML: return true
        case .json, .restJSON: return false
        }
    }
}
