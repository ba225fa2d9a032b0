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

    /// - Parameter prepareContexts: `false` skips the libcrypto contexts and always takes the plain
    ///   two-hash path (the fallback when libcrypto cannot copy contexts; tests use it to cover that path).
    init(_ key: [UInt8], prepareContexts: Bool = true) {
        var block = key.count > 64 ? SHA256Digest.digest(key) : key
        block.append(contentsOf: repeatElement(0, count: 64 - block.count))
        innerPad = block.map { $0 ^ 0x36 }
        outerPad = block.map { $0 ^ 0x5c }
        preparedInner = prepareContexts ? DigestBox(absorbing: innerPad) : nil
        preparedOuter = prepareContexts ? DigestBox(absorbing: outerPad) : nil
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
        if let preparedInner, let preparedOuter, Self.finish(from: preparedInner, message, into: base),
            Self.finish(from: preparedOuter, UnsafeRawBufferPointer(start: base, count: 32), into: base)
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

extension HMACKey {
    /// Continues `prepared` with `message` and writes the digest to `out`. One context at a time: the
    /// thread's shared context is reused by the next call.
    fileprivate static func finish(
        from prepared: DigestBox, _ message: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt8>
    ) -> Bool {
        guard var context = DigestContext(copying: prepared.context) else { return false }
        return context.update(message) && context.finish(into: out)
    }
}

/// Owns a prepared `DigestContext` (a class, because a non-copyable value cannot sit in an optional
/// stored property that `HMACKey` reads concurrently).
final class DigestBox {
    let context: DigestContext

    init?(absorbing bytes: [UInt8]) {
        guard var context = DigestContext(owned: ()) else { return nil }
        guard bytes.withUnsafeBytes({ context.update($0) }) else { return nil }
        self.context = context
    }
}

extension HMACKey: CustomReflectable {
    /// The pads are the key: reflection shows nothing of them.
    var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .class) }
}
