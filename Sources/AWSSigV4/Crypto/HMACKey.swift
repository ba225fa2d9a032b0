/// An HMAC-SHA256 key with its padded blocks prepared, so each MAC costs only the message's own blocks.
///
/// The SigV4 signing key is reused for every request of a day; keeping libcrypto contexts that have
/// already absorbed `key ⊕ ipad` and `key ⊕ opad` saves two of the five SHA-256 compressions per
/// signature (RFC 2104 §4 notes this precomputation).
///
/// `@unchecked Sendable`: the prepared contexts are written only in `init`; `mac` reads them through
/// `EVP_MD_CTX_copy_ex`, which does not modify its source, so concurrent use is safe.
final class HMACKey: @unchecked Sendable {
    private let innerPad: [UInt8]
    private let outerPad: [UInt8]
    private let preparedInner: DigestBox?
    private let preparedOuter: DigestBox?

    init(_ key: [UInt8]) {
        var block = key.count > 64 ? SHA256Digest.digest(key) : key
        block.append(contentsOf: repeatElement(0, count: 64 - block.count))
        innerPad = block.map { $0 ^ 0x36 }
        outerPad = block.map { $0 ^ 0x5c }
        preparedInner = DigestBox(absorbing: innerPad)
        preparedOuter = DigestBox(absorbing: outerPad)
    }

    func mac(_ message: some Collection<UInt8>) -> [UInt8] {
        SHA256Digest.withRaw(message) { raw in
            var out = [UInt8](repeating: 0, count: 32)
            out.withUnsafeMutableBufferPointer { mac(raw, into: $0) }
            return out
        }
    }

    /// Writes the 32-byte MAC of `message` into `out`.
    func mac(_ message: UnsafeRawBufferPointer, into out: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = out.baseAddress, out.count >= 32 else { return }
        if let preparedInner, let preparedOuter,
            var inner = DigestContext(copying: preparedInner.context), inner.update(message), inner.finish(into: base),
            var outer = DigestContext(copying: preparedOuter.context),
            outer.update(UnsafeRawBufferPointer(start: base, count: 32)), outer.finish(into: base)
        {
            return
        }
        innerPad.withUnsafeBytes { pad in SHA256Digest.digest(pad, message, into: out) }
        var inner: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &inner) { innerBytes in
            innerBytes.copyMemory(from: UnsafeRawBufferPointer(start: base, count: 32))
            outerPad.withUnsafeBytes { pad in SHA256Digest.digest(pad, UnsafeRawBufferPointer(innerBytes), into: out) }
        }
    }
}

/// Owns a prepared `DigestContext` (a class, because a non-copyable value cannot sit in an optional
/// stored property that `HMACKey` reads concurrently).
final class DigestBox {
    let context: DigestContext

    init?(absorbing bytes: [UInt8]) {
        guard var context = DigestContext() else { return nil }
        guard bytes.withUnsafeBytes({ context.update($0) }) else { return nil }
        self.context = context
    }
}
