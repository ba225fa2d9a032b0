import COpenSSL

/// The SHA-256 implementation libcrypto hands out, fetched once per process.
///
/// OpenSSL 3 performs an implicit provider fetch on every `EVP_DigestInit_ex(ctx, EVP_sha256(), …)`,
/// which takes a global lock and costs more than hashing a canonical request. Fetching explicitly
/// once and reusing the `EVP_MD` is the pattern OpenSSL's own migration guide recommends
/// (https://www.openssl.org/docs/man3.0/man7/crypto.html, "Performance").
enum LibCrypto {
    /// `EVP_MD` objects are immutable and reference counted; OpenSSL documents them as safe to share
    /// between threads once fetched, which is why the wrapper may be `@unchecked Sendable`.
    struct Digest: @unchecked Sendable {
        let md: OpaquePointer
    }

    /// `nil` only if libcrypto has no usable SHA-256 (a broken provider configuration); callers then
    /// fall back to `PortableSHA256` rather than trapping.
    static let sha256: Digest? = {
        if let fetched = EVP_MD_fetch(nil, "SHA256", nil) { return Digest(md: fetched) }
        if let legacy = EVP_sha256() { return Digest(md: legacy) }
        return nil
    }()
}
