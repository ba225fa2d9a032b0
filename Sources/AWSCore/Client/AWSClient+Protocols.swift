import Foundation

/// The typed entry points services call, one per wire protocol. Each builds the request with its
/// protocol type, runs it through `send` (retries, signing) and decodes the 2xx body.
extension AWSClient {
    /// awsQuery: returns the `<{Action}Result>` element. `parameters` are already flattened
    /// (`RoleArn`, `Tags.member.1.Key`).
    package func query(
        _ service: ServiceConfig, action: String, parameters: [(String, String)] = [], signed: Bool = true
    ) async throws -> XElement {
        var request = QueryProtocol.request(action: action, version: service.apiVersion, parameters: parameters)
        request.signed = signed
        let response = try await send(request, service: service)
        do {
            return try QueryProtocol.result(of: response.body, action: action)
        } catch {
            throw AWSClientError.invalidResponse(service: service.serviceId, operation: action, reason: "\(error)")
        }
    }

    /// awsJson 1.0/1.1: encodes `input` as the body and decodes the reply as `Output`.
    package func json<Input: Encodable, Output: Decodable>(
        _ service: ServiceConfig, operation: String, input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        guard case .json(let version) = service.wireProtocol, let prefix = service.jsonTargetPrefix else {
            throw AWSClientError.invalidRequest(
                service: service.serviceId, operation: operation,
                reason: "the service is not configured for a JSON protocol")
        }
        let body = try encodeJSON(input, service: service, operation: operation)
        let request = JSONProtocol.request(targetPrefix: prefix, operation: operation, version: version, body: body)
        let response = try await send(request, service: service)
        return try decodeJSON(Output.self, from: response.body, service: service, operation: operation)
    }

    /// restJson1: the caller places inputs in the path, query and headers; `body`, when given, is
    /// encoded as JSON. Returns the decoded body.
    package func restJSON<Body: Encodable, Output: Decodable>(
        _ service: ServiceConfig, operation: String, method: String, path: String, query: [(String, String)] = [],
        headers: [HTTPHeader] = [], body: Body?, output: Output.Type = Output.self
    ) async throws -> Output {
        let bytes = try body.map { try encodeJSON($0, service: service, operation: operation) }
        let request = RESTJSONProtocol.request(
            operation: operation, method: method, path: path, query: query, headers: headers, body: bytes)
        let response = try await send(request, service: service)
        return try decodeJSON(Output.self, from: response.body, service: service, operation: operation)
    }

    /// restJson1 for operations whose inputs all travel in the path, query and headers (GET, DELETE).
    package func restJSON<Output: Decodable>(
        _ service: ServiceConfig, operation: String, method: String, path: String, query: [(String, String)] = [],
        headers: [HTTPHeader] = [], output: Output.Type = Output.self
    ) async throws -> Output {
        try await restJSON(
            service, operation: operation, method: method, path: path, query: query, headers: headers,
            body: Optional<NoJSONBody>.none, output: output)
    }

    /// restXml: returns the raw response (headers matter for S3) and the parsed body, if any. With
    /// `writingBodyTo`, a 2xx body streams to that file and `document` is nil. Operations whose body is
    /// data rather than an XML reply (S3 GetObject into memory) pass `parsesBody: false`, so an object
    /// that happens to be labelled XML is returned as bytes instead of parsed.
    package func restXML(
        _ service: ServiceConfig, operation: String, method: String, path: String, query: [(String, String)] = [],
        headers: [HTTPHeader] = [], body: HTTPBody = .empty, timeoutSeconds: Double? = nil,
        writingBodyTo file: String? = nil, parsesBody: Bool = true
    ) async throws -> RESTXMLResponse {
        var request = RESTXMLProtocol.request(
            operation: operation, method: method, path: path, query: query, headers: headers, body: body)
        request.timeoutSeconds = timeoutSeconds
        let response = try await send(request, service: service, writingBodyTo: file)
        guard parsesBody, file == nil, method.uppercased() != "HEAD" else {
            return RESTXMLResponse(response: response, document: nil)
        }
        let contentType = response.headers.value(for: "Content-Type")?.lowercased() ?? "xml"
        guard contentType.contains("xml") else { return RESTXMLResponse(response: response, document: nil) }
        do {
            return RESTXMLResponse(response: response, document: try RESTXMLProtocol.document(response.body))
        } catch {
            throw AWSClientError.invalidResponse(service: service.serviceId, operation: operation, reason: "\(error)")
        }
    }

    private func encodeJSON<Value: Encodable>(_ value: Value, service: ServiceConfig, operation: String) throws
        -> [UInt8]
    {
        do {
            return Array(try JSONProtocol.encoder().encode(value))
        } catch {
            throw AWSClientError.invalidRequest(
                service: service.serviceId, operation: operation, reason: "cannot encode the input as JSON: \(error)")
        }
    }

    private func decodeJSON<Output: Decodable>(
        _ type: Output.Type, from body: [UInt8], service: ServiceConfig, operation: String
    ) throws -> Output {
        do {
            return try JSONProtocol.decode(type, from: body)
        } catch let error as DecodingError {
            throw AWSClientError.invalidResponse(
                service: service.serviceId, operation: operation, reason: DecodingErrorText.describe(error))
        } catch {
            throw AWSClientError.invalidResponse(service: service.serviceId, operation: operation, reason: "\(error)")
        }
    }
}
