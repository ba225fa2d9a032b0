/// SHA-256 through libcrypto, as SigV4 needs it: the payload hash and the hash of the canonical request
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html, steps 1–2).
package enum SHA256Digest {
    /// Lowercase hex of the SHA-256 of `bytes`, the form SigV4 puts in canonical requests and
    /// `x-amz-content-sha256`.
    package static func hex(_ bytes: some Collection<UInt8>) -> String {
        withRaw(bytes) { raw in withDigest(of: raw) { Hex.lowercase($0) } }
    }

    /// `hex` for an array, without the generic entry point's dynamic dispatch.
    package static func hex(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { raw in withDigest(of: raw) { Hex.lowercase($0) } }
    }

    /// The 32 raw digest bytes.
    package static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        withRaw(bytes) { raw in withDigest(of: raw) { Array($0) } }
    }

    /// Calls `body` with the digest of `first` followed by `second`, held on the stack.
    static func withDigest<R>(
        of first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer = .init(start: nil, count: 0),
        _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &storage) { raw in
            let out = raw.bindMemory(to: UInt8.self)
            digest(first, second, into: out)
            return body(UnsafeBufferPointer(out))
        }
    }

    /// Writes the digest of `first` followed by `second` into `out` (32 bytes), through libcrypto when it
    /// works and the portable implementation otherwise.
    static func digest(
        _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer, into out: UnsafeMutableBufferPointer<UInt8>
    ) {
        guard let base = out.baseAddress, out.count >= 32 else { return }
        if var context = DigestContext(), context.update(first), context.update(second), context.finish(into: base) {
            return
        }
        var portable = PortableSHA256()
        portable.update(first)
        portable.update(second)
        for (index, byte) in portable.finish().enumerated() { out[index] = byte }
    }

    static func withRaw<R>(_ bytes: some Collection<UInt8>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = bytes.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes(body)
    }
}
