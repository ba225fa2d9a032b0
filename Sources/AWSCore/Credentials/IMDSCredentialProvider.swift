import Foundation

/// EC2 instance profile credentials over IMDSv2: PUT /latest/api/token (session token), GET
/// /latest/meta-data/iam/security-credentials/ (role name), GET …/<role>. Last in the chain and usually
/// absent (a laptop), so it uses a short timeout and one attempt, and "no answer" means "not configured"
/// (nil) rather than an error. Only a service that answers and then fails is an error.
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
package struct IMDSCredentialProvider: CredentialProvider {
    package let name = "instance metadata (IMDSv2)"
    package var environment: [String: String]
    package var profile: Profile?
    package var transport: any HTTPTransport
    /// Session token lifetime requested from IMDS (the maximum is 21600).
    package var tokenTTLSeconds: Int

    package init(
        environment: [String: String], profile: Profile?, transport: any HTTPTransport, tokenTTLSeconds: Int = 21600
    ) {
        self.environment = environment
        self.profile = profile
        self.transport = transport
        self.tokenTTLSeconds = tokenTTLSeconds
    }

    package static let credentialsPath = "/latest/meta-data/iam/security-credentials/"

    /// AWS_EC2_METADATA_SERVICE_ENDPOINT > profile `ec2_metadata_service_endpoint` > the IPv4 or IPv6 default.
    package var endpoint: String {
        var base = value("AWS_EC2_METADATA_SERVICE_ENDPOINT") ?? profile?.value("ec2_metadata_service_endpoint")
        if base == nil {
            let mode =
                value("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE") ?? profile?.value("ec2_metadata_service_endpoint_mode")
            base = mode?.lowercased() == "ipv6" ? "http://[fd00:ec2::254]" : "http://169.254.169.254"
        }
        var result = base ?? "http://169.254.169.254"
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// AWS_METADATA_SERVICE_TIMEOUT or `metadata_service_timeout` (seconds), default 1 as in botocore.
    var timeoutSeconds: Double {
        let text = value("AWS_METADATA_SERVICE_TIMEOUT") ?? profile?.value("metadata_service_timeout")
        return text.flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 1
    }

    package var isDisabled: Bool {
        value("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true"
    }

    package func credentials() async throws -> AWSCredentials? {
        guard !isDisabled else { return nil }
        // Step 1: the session token. No answer or a refusal means no usable IMDSv2 here.
        guard
            let tokenResponse = try await sendIgnoringUnreachable(
                HTTPRequest(
                    method: "PUT", url: endpoint + "/latest/api/token",
                    headers: [HTTPHeader("X-aws-ec2-metadata-token-ttl-seconds", String(tokenTTLSeconds))],
                    timeoutSeconds: timeoutSeconds)),
            tokenResponse.status == 200, let token = String(bytes: tokenResponse.body, encoding: .utf8), !token.isEmpty
        else { return nil }
        let tokenHeader = HTTPHeader("X-aws-ec2-metadata-token", token)

        // Step 2: the role attached to the instance; 404 means no instance profile.
        let roles = try await get(Self.credentialsPath, token: tokenHeader)
        if roles.status == 404 { return nil }
        guard roles.status == 200 else {
            throw CredentialsError.instanceMetadata(
                reason: "listing the instance profile role answered HTTP \(roles.status)")
        }
        let roleName = String(decoding: roles.body, as: UTF8.self)
            .split(whereSeparator: { $0.isNewline }).first.map(String.init)?
            .trimmingCharacters(in: .whitespaces)
        guard let roleName, !roleName.isEmpty else { return nil }

        // Step 3: the role's credentials.
        let reply = try await get(Self.credentialsPath + roleName, token: tokenHeader)
        guard reply.status == 200 else {
            throw CredentialsError.instanceMetadata(
                reason: "credentials for role \(roleName) answered HTTP \(reply.status)")
        }
        let document = try CredentialDocument.decode(reply.body, source: name)
        if let code = document.code, code != "Success" {
            throw CredentialsError.instanceMetadata(reason: "credentials for role \(roleName) have status \(code)")
        }
        return try document.credentials(source: name)
    }

    private func get(_ path: String, token: HTTPHeader) async throws -> HTTPResponse {
        do {
            return try await transport.send(
                HTTPRequest(method: "GET", url: endpoint + path, headers: [token], timeoutSeconds: timeoutSeconds))
        } catch let error as CancellationError {
            throw error
        } catch {
            throw CredentialsError.instanceMetadata(reason: "stopped answering after issuing a session token")
        }
    }

    /// nil when the service cannot be reached (not on EC2); cancellation still propagates.
    private func sendIgnoringUnreachable(_ request: HTTPRequest) async throws -> HTTPResponse? {
        do {
            return try await transport.send(request)
        } catch let error as CancellationError {
            throw error
        } catch {
            return nil
        }
    }

    private func value(_ variable: String) -> String? {
        guard let value = environment[variable], !value.isEmpty else { return nil }
        return value
    }
}
