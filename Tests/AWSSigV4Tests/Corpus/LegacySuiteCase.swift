import Foundation
import Testing

@testable import AWSSigV4

/// One case of the 2015 aws-sig-v4-test-suite (`<case>/<case>.req`, `.creq`, `.sts`, `.authz`, `.sreq`).
///
/// It has no context file; the suite's documentation fixes the inputs: AKIDEXAMPLE /
/// wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, us-east-1, service "service", the time in the request's
/// X-Amz-Date, and for cases under post-sts-token/ the session token quoted in its readme.txt
/// (header-before: signed; header-after: added after signing).
struct LegacySuiteCase: Sendable, CustomTestStringConvertible {
    let name: String
    let directory: URL
    /// Path below the suite root, e.g. `normalize-path/get-space`.
    let relativePath: String

    var testDescription: String { relativePath }

    static let extensions = ["req", "creq", "sts", "authz", "sreq"]

    /// A directory is a case when it holds `<directory name>.req`; found by walking the suite.
    static func all() -> [LegacySuiteCase] {
        guard let suite = SigV4Corpus.legacy else { return [] }
        return SigV4Corpus.allDirectories(below: suite).compactMap { directory in
            let name = directory.lastPathComponent
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(name).req").path) else {
                return nil
            }
            let relative = String(directory.path.dropFirst(suite.path.count + 1))
            return LegacySuiteCase(name: name, directory: directory, relativePath: relative)
        }
    }

    func expected(_ ext: String) throws -> String {
        try #require(
            SigV4Corpus.text(directory.appendingPathComponent("\(name).\(ext)")), "missing \(name).\(ext)")
    }

    /// The token from a readme.txt in an enclosing case group, if any (its last non-empty line).
    func sessionToken() -> String? {
        let readme = directory.deletingLastPathComponent().appendingPathComponent("readme.txt")
        guard let text = SigV4Corpus.text(readme) else { return nil }
        return text.split(whereSeparator: \.isNewline).last.map(String.init)
    }

    func sign() throws -> (result: SignedRequest, body: [UInt8]) {
        let raw = try RawHTTPRequest.parse(
            bytes: try #require(
                SigV4Corpus.bytes(
                    directory.appendingPathComponent("\(name).req"))))
        let dateText = try #require(raw.request.header(named: "X-Amz-Date"), "no X-Amz-Date in \(name).req")
        let date = try #require(AmzDate.parse(dateText.trimmingCharacters(in: .whitespaces)))
        let signer = SigV4Signer(
            credentials: SigningCredentials(
                accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                sessionToken: sessionToken()),
            region: "us-east-1", service: "service",
            options: SigV4Options(
                sessionToken: name.hasSuffix("-after") ? .addedAfterSigning : .signed,
                foldedHeaderValues: .commaSeparated))
        return (signer.sign(raw.request, payload: .hashing(raw.body), date: date), raw.body)
    }
}
