import Testing

@testable import LakeCodec

/// The case of a `CodecError`, so tests can check which error was thrown without spelling its context.
enum CodecErrorKind: Equatable, CustomStringConvertible {
    case truncated, corrupt, unsupported, limitExceeded, compression, io, csv, json

    init(_ error: CodecError) {
        switch error {
        case .truncated: self = .truncated
        case .corrupt: self = .corrupt
        case .unsupported: self = .unsupported
        case .limitExceeded: self = .limitExceeded
        case .compression: self = .compression
        case .io: self = .io
        case .csv: self = .csv
        case .json: self = .json
        }
    }

    var description: String {
        switch self {
        case .truncated: "truncated"
        case .corrupt: "corrupt"
        case .unsupported: "unsupported"
        case .limitExceeded: "limitExceeded"
        case .compression: "compression"
        case .io: "io"
        case .csv: "csv"
        case .json: "json"
        }
    }
}

/// Expects `body` to throw a `CodecError` of the given case.
func expectCodecError(
    _ kind: CodecErrorKind, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("expected CodecError.\(kind), nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as CodecError {
        #expect(CodecErrorKind(error) == kind, "threw \(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected CodecError.\(kind), got \(error)", sourceLocation: sourceLocation)
    }
}

/// Deterministic pseudo-random numbers (SplitMix64) so failures reproduce.
struct TestRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Values of `bitWidth` bits with long runs mixed in, so both run kinds get exercised.
func sampleValues(count: Int, bitWidth: Int, seed: UInt64) -> [Int32] {
    var rng = TestRNG(seed: seed)
    let mask: UInt64 = bitWidth == 0 ? 0 : (bitWidth >= 32 ? 0xFFFF_FFFF : (1 << UInt64(bitWidth)) - 1)
    var out: [Int32] = []
    out.reserveCapacity(count)
    while out.count < count {
        let v = Int32(truncatingIfNeeded: rng.next() & mask)
        let run = rng.next() % 4 == 0 ? Int(rng.next() % 40) + 1 : 1
        for _ in 0..<min(run, count - out.count) { out.append(v) }
    }
    return out
}

let roundTripBitWidths = Array(0...32)
let roundTripCounts = [0, 1, 7, 8, 9, 1000]
