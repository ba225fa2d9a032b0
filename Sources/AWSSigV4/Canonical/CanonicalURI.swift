/// The second line of the canonical request: the URI path, normalised and encoded as the service expects
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
/// "CanonicalURI"; S3: https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
enum CanonicalURI {
    /// Appends the canonical URI for the wire `path`.
    ///
    /// - Normalisation (not for S3) removes `.`/`..` segments as RFC 3986 §5.2.4 does and drops empty
    ///   segments (`//example//` → `/example/`), keeping a trailing slash (the suite's get-slashes-*,
    ///   get-relative-*, get-slash-dot-slash-* cases).
    /// - Double encoding (every service but S3) encodes every byte of the wire path except unreserved
    ///   characters and `/` — so an escape sent as `%3A` is signed as `%253A`, and raw bytes in the
    ///   suite's requests (`/example space/`, UTF-8) come out encoded once, as the suite expects.
    /// - Single encoding (S3) keeps valid escapes (normalised to uppercase) and encodes anything else.
    static func append(path: String, normalize: Bool, doubleEncode: Bool, to out: inout ByteWriter) {
        var path = path
        path.withUTF8 { raw in
            guard !raw.isEmpty else {
                out.append(UInt8(ascii: "/"))
                return
            }
            if normalize, needsNormalization(raw) {
                let normalized = normalized(raw)
                normalized.withUnsafeBufferPointer { encode($0, doubleEncode: doubleEncode, to: &out) }
            } else {
                encode(raw, doubleEncode: doubleEncode, to: &out)
            }
        }
    }

    private static func encode(_ path: UnsafeBufferPointer<UInt8>, doubleEncode: Bool, to out: inout ByteWriter) {
        if path.first != UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) }
        PercentEncoding.append(path, keepSlash: true, decodingEscapes: !doubleEncode, to: &out)
    }

    /// Whether the path has an empty, `.` or `..` segment (anything normalisation would change).
    static func needsNormalization(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        guard path.first == UInt8(ascii: "/") else { return true }
        var segmentStart = 1
        var index = 1
        let count = path.count
        while index <= count {
            if index == count || path[index] == UInt8(ascii: "/") {
                let length = index - segmentStart
                if length == 0 && index < count { return true }
                if length == 1 && path[segmentStart] == UInt8(ascii: ".") { return true }
                if length == 2 && path[segmentStart] == UInt8(ascii: ".") && path[segmentStart + 1] == UInt8(ascii: ".")
                {
                    return true
                }
                segmentStart = index + 1
            }
            index += 1
        }
        return false
    }

    /// Dot-segment removal plus dropping empty segments, always absolute.
    static func normalized(_ path: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var segments: [Range<Int>] = []
        var endsWithSlash = false
        var start = 0
        var index = 0
        let count = path.count
        while index <= count {
            if index == count || path[index] == UInt8(ascii: "/") {
                let length = index - start
                let isDot = length == 1 && path[start] == UInt8(ascii: ".")
                let isDotDot = length == 2 && path[start] == UInt8(ascii: ".") && path[start + 1] == UInt8(ascii: ".")
                if isDotDot {
                    if !segments.isEmpty { segments.removeLast() }
                    endsWithSlash = true
                } else if isDot {
                    endsWithSlash = true
                } else if length > 0 {
                    segments.append(start..<index)
                    endsWithSlash = false
                } else {
                    endsWithSlash = index > 0 || endsWithSlash
                }
                start = index + 1
            }
            index += 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(count + 1)
        for segment in segments {
            out.append(UInt8(ascii: "/"))
            out.append(contentsOf: path[segment])
        }
        if out.isEmpty || endsWithSlash { out.append(UInt8(ascii: "/")) }
        return out
    }
}
