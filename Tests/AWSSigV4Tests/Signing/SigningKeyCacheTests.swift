import Foundation
import Testing

@testable import AWSSigV4

@Suite struct SigningKeyCacheTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"

    /// The worked example of the SigV4 docs ("Derive a signing key", 20120215 / us-east-1 / iam).
    @Test func derivesTheDocumentedKey() {
        let key = SigningKeyCache.derive(
            secret: Self.secret, dateStamp: "20120215".utf8, region: "us-east-1", service: "iam")
        #expect(Hex.lowercase(key) == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
    }

    @Test func derivesOncePerDay() {
        let cache = SigningKeyCache(secret: Self.secret, region: "us-east-1", service: "iam")
        let day = "20120215"
        let first = cache.key(for: day)
        let second = cache.key(for: day)
        #expect(first === second)
        #expect(cache.derivationCount == 1)
    }

    @Test func keyFollowsTheDateAcrossDayChanges() {
        let cache = SigningKeyCache(secret: Self.secret, region: "eu-west-1", service: "glue")
        let message = Array("string to sign".utf8)
        for stamp in ["20240228", "20240229", "20240301", "20240229", "20240229"] {
            let expected = HMACSHA256.mac(
                key: SigningKeyCache.derive(
                    secret: Self.secret, dateStamp: stamp.utf8, region: "eu-west-1", service: "glue"),
                message: message)
            #expect(cache.key(for: stamp).mac(message) == expected, "wrong key for \(stamp)")
        }
        #expect(cache.derivationCount == 4)
    }

    /// A signer reused across midnight signs each request with that request's day.
    @Test func signerAcrossMidnightMatchesFreshSigners() {
        let credentials = SigningCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret)
        let reused = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        let request = SignableRequest(
            method: "GET", path: "/", headers: [SignableHeader("Host", "example.amazonaws.com")])
        let dates = [1_440_938_159.0, 1_440_979_199.0, 1_440_979_200.0, 1_440_938_160.0].map(
            Date.init(timeIntervalSince1970:))
        for date in dates {
            let fresh = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
            #expect(
                reused.sign(request, payload: .emptyBody, date: date).signature
                    == fresh.sign(request, payload: .emptyBody, date: date).signature)
        }
    }

    @Test func concurrentSigningAgreesWithSequential() async {
        let credentials = SigningCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret)
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        let request = SignableRequest(
            method: "GET", path: "/", headers: [SignableHeader("Host", "example.amazonaws.com")])
        let date = Date(timeIntervalSince1970: 1_440_938_160)
        // Each day's signature from a signer of its own, so the concurrent results are compared with
        // values no shared cache produced.
        let nextDay = date.addingTimeInterval(86_400)
        let expected = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
            .sign(request, payload: .emptyBody, date: date).signature
        let expectedNextDay = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
            .sign(request, payload: .emptyBody, date: nextDay).signature
        #expect(expected != expectedNextDay)
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for offset in 0..<64 {
                group.addTask {
                    // Alternate days so tasks also race on replacing the cache entry.
                    let day = offset.isMultiple(of: 2) ? date : nextDay
                    return (offset, signer.sign(request, payload: .emptyBody, date: day).signature)
                }
            }
            return await group.reduce(into: [(Int, String)]()) { $0.append($1) }
        }
        #expect(results.count == 64)
        for (offset, signature) in results {
            #expect(signature == (offset.isMultiple(of: 2) ? expected : expectedNextDay), "task \(offset)")
        }
    }
}
