/// Contiguous UTF-8 access to a `String` without going through `String.UTF8View`'s per-byte iterator,
/// which costs several times a pointer loop on the signing path.
enum UTF8Access {
    @inline(__always)
    static func with<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        return copy.withUTF8(body)
    }
}
