/// HMAC-SHA256 (RFC 2104) as SigV4's key derivation and final signature use it
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html, step 4).
///
/// Built on `SHA256Digest` rather than OpenSSL's `HMAC()` one-shot, which fetches the MAC and the digest
/// from the provider on every call and costs several times the hashing itself.
package enum HMACSHA256 {
    package static func mac(key: [UInt8], message: some Collection<UInt8>) -> [UInt8] {
        HMACKey(key).mac(message)
    }
}
