import COpenSSL

/// A running SHA-256 computation in libcrypto: this thread's reusable context (`ThreadDigestContext`)
/// when available, otherwise a fresh one that is freed with this value.
///
/// Non-copyable so that an owned `EVP_MD_CTX` is freed exactly once; `HMACKey` restarts contexts from
/// prepared states with `EVP_MD_CTX_copy_ex` instead of copying this value.
struct DigestContext: ~Copyable {
    private let ctx: OpaquePointer
    private let owned: Bool

    /// Starts a fresh SHA-256 computation; `nil` when libcrypto cannot provide one.
    init?() {
        guard let digest = LibCrypto.sha256, let (ctx, owned) = Self.context() else { return nil }
        guard EVP_DigestInit_ex2(ctx, digest.md, nil) == 1 else {
            if owned { EVP_MD_CTX_free(ctx) }
            return nil
        }
        self.ctx = ctx
        self.owned = owned
    }

    /// Continues from a prepared context (for example HMAC's ipad state), leaving the prepared one reusable.
    init?(copying source: borrowing DigestContext) {
        guard let (ctx, owned) = Self.context() else { return nil }
        guard EVP_MD_CTX_copy_ex(ctx, source.ctx) == 1 else {
            if owned { EVP_MD_CTX_free(ctx) }
            return nil
        }
        self.ctx = ctx
        self.owned = owned
    }

    /// A context that lives as long as this value, for states kept across calls (`DigestBox`).
    init?(owned: Void) {
        guard let digest = LibCrypto.sha256, let ctx = EVP_MD_CTX_new() else { return nil }
        guard EVP_DigestInit_ex2(ctx, digest.md, nil) == 1 else {
            EVP_MD_CTX_free(ctx)
            return nil
        }
        self.ctx = ctx
        self.owned = true
    }

    deinit {
        if owned { EVP_MD_CTX_free(ctx) }
    }

    private static func context() -> (OpaquePointer, Bool)? {
        if let shared = ThreadDigestContext.current() { return (shared, false) }
        guard let fresh = EVP_MD_CTX_new() else { return nil }
        return (fresh, true)
    }

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
