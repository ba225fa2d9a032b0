import AWSSigV4
import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl sign`: signs a raw HTTP request read from stdin and prints it, like awscurl's dry mode. The
/// flags mirror the AWS signing test suite's context options, so anyone can check the signer from
/// outside: `lakectl sign --time 20150830T123600Z < request.txt` against the suite's signed request.
struct SignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Print a raw HTTP request from stdin signed with SigV4 (for debugging).",
        discussion: """
            Reads a request in the form `METHOD /path?query HTTP/1.1`, header lines, a blank line and an \
            optional body. Credentials come from the usual chain (environment, profile, roles, …). The \
            service and region default to what the Host header names (e.g. sts.eu-west-1.amazonaws.com). \
            The output contains the signature, never the secret key.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The signing name of the service (e.g. sts, s3, glue). Default: from the Host header.")
    var service: String?

    @Option(help: "Signing time as YYYYMMDDTHHMMSSZ (default: now).")
    var time: String?

    @Option(help: "Presign: put the signature in the query string, valid for this many seconds.")
    var presign: Int?

    @Flag(name: .customLong("unsigned-payload"), help: "Sign with UNSIGNED-PAYLOAD instead of the body's SHA-256.")
    var unsignedPayload = false

    @Flag(name: .customLong("sign-body"), help: "Add x-amz-content-sha256 (as S3 requires).")
    var signBody = false

    @Flag(name: .customLong("no-normalize-path"), help: "Do not normalise the path (S3 semantics).")
    var noNormalizePath = false

    @Flag(
        name: .customLong("omit-session-token"), help: "Add X-Amz-Security-Token after signing, not into the signature."
    )
    var omitSessionToken = false

    func validate() throws {
        if let presign, !(1...604_800).contains(presign) {
            throw ValidationError("--presign must be between 1 and 604800 seconds (7 days)")
        }
        if let time, AmzDate.parse(time) == nil {
            throw ValidationError("--time must look like 20150830T123600Z")
        }
    }

    func run() async throws {
        LoggingSetup.configure(verbosity: global.verbose)
        try await reportingErrors {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let raw = try RawHTTPRequest.parse(bytes: Array(input))
            let host = raw.request.headers.first { $0.name.lowercased() == "host" }?.value ?? ""
            let inferred = HostScope(host: host)

            guard let serviceName = service ?? inferred.service else {
                throw CLIError.invalidInput("cannot tell the service from Host '\(host)': pass --service")
            }
            let (credentials, region) = try await SigningIdentity.resolve(
                global.sessionOptions, inferredRegion: inferred.region)
            let signer = SigV4Signer(
                credentials: credentials,
                region: region, service: serviceName,
                options: SigV4Options(
                    normalizePath: !noNormalizePath, doubleEncodePath: !noNormalizePath,
                    addContentSHA256Header: signBody,
                    sessionToken: omitSessionToken ? .addedAfterSigning : .signed))
            let date = time.flatMap(AmzDate.parse) ?? Date()
            let payload: PayloadSigning = unsignedPayload ? .unsigned : .hashing(raw.body)
            let signed =
                presign.map { signer.presign(raw.request, expiresIn: $0, payload: payload, date: date) }
                ?? signer.sign(raw.request, payload: payload, date: date)
            let out = RawHTTPRequest(request: signed.request, body: raw.body, httpVersion: raw.httpVersion)
            StandardStreams.outBytes(out.rendered())
        }
    }
}

/// Service and region read off an AWS host name: `sts.eu-west-1.amazonaws.com` → (sts, eu-west-1),
/// `iam.amazonaws.com` → (iam, us-east-1, the global partition's signing region).
struct HostScope: Equatable {
    var service: String?
    var region: String?

    init(host: String) {
        let trimmed = host.trimmingCharacters(in: .whitespaces)
        let name = trimmed.split(separator: ":").first.map(String.init)?.lowercased() ?? ""
        let labels = name.split(separator: ".").map(String.init)
        guard labels.count >= 3, name.hasSuffix(".amazonaws.com") || name.hasSuffix(".amazonaws.com.cn") else {
            service = nil
            region = nil
            return
        }
        service = labels[0]
        if labels.count >= 4, labels[1].contains("-") {
            region = labels[1]
        } else {
            region = labels[0] == "iam" || labels[0] == "sts" ? "us-east-1" : nil
        }
    }
}
