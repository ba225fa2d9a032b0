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
        if let result = message.withContiguousStorageIfAvailable({ mac(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(message).withUnsafeBytes { mac($0) }
    }

    func mac(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        if let fast = preparedMAC(message) { return fast }
        let inner = innerPad.withUnsafeBytes { SHA256Digest.digest($0, message) }
        return outerPad.withUnsafeBytes { pad in inner.withUnsafeBytes { SHA256Digest.digest(pad, $0) } }
    }

    private func preparedMAC(_ message: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let preparedInner, let preparedOuter else { return nil }
        var out = [UInt8](repeating: 0, count: 32)
        let ok = out.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress,
                var inner = DigestContext(copying: preparedInner.context),
                var outer = DigestContext(copying: preparedOuter.context)
            else { return false }
            guard inner.update(message), inner.finish(into: base) else { return false }
            return outer.update(UnsafeRawBufferPointer(buffer)) && outer.finish(into: base)
        }
        return ok ? out : nil
    }
}

/// Owns a prepared `DigestContext` (a class, because non-copyable values cannot be stored optionally
/// in a class that is shared).
final class DigestBox {
    let context: DigestContext

    init?(absorbing bytes: [UInt8]) {
        guard var context = DigestContext() else { return nil }
        guard bytes.withUnsafeBytes({ context.update($0) }) else { return nil }
        self.context = context
    }
}
