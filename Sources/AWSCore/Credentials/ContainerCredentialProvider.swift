import Foundation

/// The ECS task role / EKS Pod Identity endpoint. AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is appended to
/// http://169.254.170.2; AWS_CONTAINER_CREDENTIALS_FULL_URI must be https or a plain-http address the SDKs
/// allow (loopback, the ECS and EKS link-local hosts), so credentials never travel in clear text off the host.
/// The token comes from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE first, then AWS_CONTAINER_AUTHORIZATION_TOKEN.
/// https://docs.aws.amazon.com/sdkref/latest/guide/feature-container-credentials.html
package struct ContainerCredentialProvider: CredentialProvider {
    package let name = "container endpoint"
    package var environment: [String: String]
    package var reader: FileReader
    package var transport: any HTTPTransport
    package var timeoutSeconds: Double

    /// The ECS agent's fixed link-local host.
    package static let ecsHost = "http://169.254.170.2"
    /// Hosts allowed over plain http: loopback, ECS, EKS Pod Identity (IPv4 and IPv6).
    static let allowedHTTPHosts: Set<String> = ["localhost", "::1", "169.254.170.2", "169.254.170.23", "fd00:ec2::23"]

    package init(
        environment: [String: String], reader: FileReader, transport: any HTTPTransport, timeoutSeconds: Double = 2
    ) {
        self.environment = environment
        self.reader = reader
        self.transport = transport
        self.timeoutSeconds = timeoutSeconds
    }

    package func credentials() async throws -> AWSCredentials? {
        guard let url = try endpoint() else { return nil }
        let token = try authorizationToken(url: url)
        var headers = [HTTPHeader("Accept", "application/json")]
        if let token { headers.append(HTTPHeader("Authorization", token)) }
        let response: HTTPResponse
        do {
            response = try await transport.send(
                HTTPRequest(method: "GET", url: url, headers: headers, timeoutSeconds: timeoutSeconds))
        } catch let error as CancellationError {
            throw error
        } catch {
            throw CredentialsError.containerEndpoint(
                url: url, reason: "no answer (\(Redactor.scrub(String(describing: error), secrets: [token])))")
        }
        guard (200..<300).contains(response.status) else {
            throw CredentialsError.containerEndpoint(url: url, reason: "answered HTTP \(response.status)")
        }
        return try CredentialDocument.decode(response.body, source: name).credentials(source: name)
    }

    /// The URL to call, nil when neither variable is set, an error when FULL_URI is not allowed.
    func endpoint() throws -> String? {
        if let relative = value("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            return Self.ecsHost + (relative.hasPrefix("/") ? relative : "/" + relative)
        }
        guard let full = value("AWS_CONTAINER_CREDENTIALS_FULL_URI") else { return nil }
        guard let components = URLComponents(string: full), let scheme = components.scheme?.lowercased(),
            let host = components.host?.lowercased(), !host.isEmpty
        else {
            throw CredentialsError.containerEndpoint(
                url: full, reason: "AWS_CONTAINER_CREDENTIALS_FULL_URI is not a URL")
        }
        if scheme == "https" { return full }
        let bareHost = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        guard scheme == "http", Self.allowedHTTPHosts.contains(bareHost) || bareHost.isLoopbackIPv4 else {
            throw CredentialsError.containerEndpoint(
                url: full,
                reason: """
                    AWS_CONTAINER_CREDENTIALS_FULL_URI must use https, \
                    or http to a loopback address, 169.254.170.2 or 169.254.170.23
                    """
            )
        }
        return full
    }

    private func authorizationToken(url: String) throws -> String? {
        var token: String?
        if let path = value("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            let text: String?
            do {
                text = try reader.read(path)
            } catch {
                throw CredentialsError.tokenFileUnreadable(
                    path: path, setting: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", reason: "it could not be read")
            }
            guard let text else {
                throw CredentialsError.tokenFileUnreadable(
                    path: path, setting: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", reason: "it does not exist")
            }
            token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        } else {
            token = value("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        }
        // A line break would let the token inject extra HTTP headers.
        if let token, token.contains(where: { $0.isNewline }) {
            throw CredentialsError.containerEndpoint(url: url, reason: "the authorization token contains a line break")
        }
        return token
    }

    private func value(_ variable: String) -> String? {
        guard let value = environment[variable], !value.isEmpty else { return nil }
        return value
    }
}

extension String {
    /// 127.0.0.0/8 written as a dotted quad.
    fileprivate var isLoopbackIPv4: Bool {
        let parts = split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in UInt8(part) != nil }
    }
}
