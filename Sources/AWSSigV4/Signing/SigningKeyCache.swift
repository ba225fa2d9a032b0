import Foundation

/// The derived signing key of one signer, kept for the day it is valid.
///
/// `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html, step 4)
/// depends only on the scope date for a given signer, yet costs four HMACs — more than the rest of a
/// signature. A signer's requests almost all fall on the same UTC day, so one entry is enough; a day
/// change simply replaces it.
///
/// `@unchecked Sendable`: the only mutable state is `entry` (and the test counter), read and written
/// only while holding `lock`; `HMACKey` is itself safe to share.
final class SigningKeyCache: @unchecked Sendable {
    private let secret: String
    private let region: String
    private let service: String
    private let lock = NSLock()
    private var entry: (day: UInt64, key: HMACKey)?
    private var derivations = 0

    init(secret: String, region: String, service: String) {
        self.secret = secret
        self.region = region
        self.service = service
    }

    /// The prepared signing key for `dateStamp` (the 8 ASCII bytes `YYYYMMDD`).
    func key(for dateStamp: UnsafeBufferPointer<UInt8>) -> HMACKey {
        var day: UInt64 = 0
        for byte in dateStamp { day = day << 8 | UInt64(byte) }
        lock.lock()
        if let entry, entry.day == day {
            lock.unlock()
            return entry.key
        }
        lock.unlock()
        // Derive outside the lock: two threads racing at midnight both compute the same value.
        let key = HMACKey(Self.derive(secret: secret, dateStamp: dateStamp, region: region, service: service))
        lock.lock()
        entry = (day, key)
        derivations += 1
        lock.unlock()
        return key
    }

    /// The prepared signing key for a `YYYYMMDD` string.
    func key(for dateStamp: String) -> HMACKey {
        UTF8Access.with(dateStamp) { key(for: $0) }
    }

    /// How many times a key was derived (tests check the cache actually caches).
    var derivationCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return derivations
    }

    static func derive(secret: String, dateStamp: some Collection<UInt8>, region: String, service: String) -> [UInt8] {
        let kDate = HMACSHA256.mac(key: Array(("AWS4" + secret).utf8), message: dateStamp)
        let kRegion = HMACSHA256.mac(key: kDate, message: region.utf8)
        let kService = HMACSHA256.mac(key: kRegion, message: service.utf8)
        return HMACSHA256.mac(key: kService, message: "aws4_request".utf8)
    }
}

extension SigningKeyCache: CustomReflectable {
    /// Holds the secret key and keys derived from it: reflection shows only the scope.
    var customMirror: Mirror {
        Mirror(self, children: ["region": region, "service": service], displayStyle: .class)
    }
}
