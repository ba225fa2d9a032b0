import COpenSSL

/// One running SHA-256 computation in libcrypto, freed when it goes out of scope.
///
/// Non-copyable so that the `EVP_MD_CTX` has exactly one owner; `HMACKey` clones prepared contexts
/// with `EVP_MD_CTX_copy_ex` instead of copying this value.
struct DigestContext: ~Copyable {
    private let ctx: OpaquePointer

    /// Starts a fresh SHA-256 context; `nil` when libcrypto cannot provide one.
    init?() {
        guard let digest = LibCrypto.sha256, let ctx = EVP_MD_CTX_new() else { return nil }
        guard EVP_DigestInit_ex2(ctx, digest.md, nil) == 1 else {
            EVP_MD_CTX_free(ctx)
            return nil
        }
        self.ctx = ctx
    }

    /// A copy of a prepared context (for example HMAC's ipad state), so the prepared one stays reusable.
    init?(copying source: borrowing DigestContext) {
        guard let ctx = EVP_MD_CTX_new() else { return nil }
        guard EVP_MD_CTX_copy_ex(ctx, source.ctx) == 1 else {
            EVP_MD_CTX_free(ctx)
            return nil
        }
        self.ctx = ctx
    }

    deinit { EVP_MD_CTX_free(ctx) }

    /// Feeds bytes; returns false if libcrypto reported a failure.
    mutating func update(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        return EVP_DigestUpdate(ctx, base, bytes.count) == 1
    }

    /// Writes the 32-byte digest to `out`; returns false if libcrypto reported a failure.
    mutating func finish(into out: UnsafeMutablePointer<UInt8>) -> Bool {
        var length: UInt32 = 0
        return EVP_DigestFinal_ex(ctx, out, &length) == 1 && length == 32
    }
}
