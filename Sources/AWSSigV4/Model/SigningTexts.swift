/// The four texts a signature produces — canonical request, string to sign, signature, signed headers —
/// kept in one string.
///
/// Every request signed on the hot path would otherwise allocate four strings that AWSCore never reads
/// (they are for diagnosing `SignatureDoesNotMatch`); one allocation holds them all, and reading one
/// through `SignedRequest` makes its own string.
struct SigningTexts: Sendable, Equatable {
    enum Piece: Int {
        case canonicalRequest, stringToSign, signature, signedHeaders
    }

    private let storage: String
    /// UTF-8 end offsets of the pieces in `storage`, in `Piece` order.
    private let ends: (Int, Int, Int, Int)

    init(
        canonicalRequest: UnsafeBufferPointer<UInt8>, stringToSign: UnsafeBufferPointer<UInt8>,
        signature: UnsafeBufferPointer<UInt8>, signedHeaders: UnsafeBufferPointer<UInt8>
    ) {
        let pieces = [canonicalRequest, stringToSign, signature, signedHeaders]
        var total = 0
        var ends = [Int]()
        ends.reserveCapacity(4)
        for piece in pieces {
            total += piece.count
            ends.append(total)
        }
        storage = String(unsafeUninitializedCapacity: total) { buffer in
            guard let target = buffer.baseAddress else { return 0 }
            var offset = 0
            for piece in pieces {
                if let source = piece.baseAddress { (target + offset).update(from: source, count: piece.count) }
                offset += piece.count
            }
            return offset
        }
        self.ends = (ends[0], ends[1], ends[2], ends[3])
    }

    init(canonicalRequest: String, stringToSign: String, signature: String, signedHeaders: String) {
        self = UTF8Access.with(canonicalRequest) { canonical in
            UTF8Access.with(stringToSign) { toSign in
                UTF8Access.with(signature) { signature in
                    UTF8Access.with(signedHeaders) { signed in
                        SigningTexts(
                            canonicalRequest: canonical, stringToSign: toSign, signature: signature,
                            signedHeaders: signed)
                    }
                }
            }
        }
    }

    private func range(_ piece: Piece) -> Range<Int> {
        switch piece {
        case .canonicalRequest: return 0..<ends.0
        case .stringToSign: return ends.0..<ends.1
        case .signature: return ends.1..<ends.2
        case .signedHeaders: return ends.2..<ends.3
        }
    }

    /// Calls `body` with the bytes of one piece, without making a string.
    func withBytes<R>(_ piece: Piece, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let bounds = range(piece)
        return UTF8Access.with(storage) { bytes in
            guard bounds.upperBound <= bytes.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(rebasing: bytes[bounds]))
        }
    }

    func text(_ piece: Piece) -> String {
        withBytes(piece) { String(decoding: $0, as: UTF8.self) }
    }

    /// A copy with one piece replaced (the setters of `SignedRequest`).
    func replacing(_ piece: Piece, with value: String) -> SigningTexts {
        var texts = [Piece.canonicalRequest, .stringToSign, .signature, .signedHeaders].map(text)
        texts[piece.rawValue] = value
        return SigningTexts(
            canonicalRequest: texts[0], stringToSign: texts[1], signature: texts[2], signedHeaders: texts[3])
    }

    static func == (lhs: SigningTexts, rhs: SigningTexts) -> Bool {
        lhs.storage == rhs.storage && lhs.ends == rhs.ends
    }
}
