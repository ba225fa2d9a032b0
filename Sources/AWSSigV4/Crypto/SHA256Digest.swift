/// SHA-256 through libcrypto, as SigV4 needs it: the payload hash and the hash of the canonical request
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html, steps 1–2).
package enum SHA256Digest {
    /// Lowercase hex of the SHA-256 of `bytes`, the form SigV4 puts in canonical requests and
    /// `x-amz-content-sha256`.
    package static func hex(_ bytes: some Collection<UInt8>) -> String {
        Hex.lowercase(digest(bytes))
    }

    /// The 32 raw digest bytes.
    package static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        if let result = bytes.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { digest($0) }
    }

    /// Hashes `first` followed by `second` without concatenating them (HMAC's inner and outer hashes).
    static func digest(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer = .init(start: nil, count: 0))
        -> [UInt8]
    {
        var out = [UInt8](repeating: 0, count: 32)
        let ok = out.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress, var context = DigestContext() else { return false }
            return context.update(first) && context.update(second) && context.finish(into: base)
        }
        if ok { return out }
        var portable = PortableSHA256()
        portable.update(first)
        portable.update(second)
        return portable.finish()
    }
}
