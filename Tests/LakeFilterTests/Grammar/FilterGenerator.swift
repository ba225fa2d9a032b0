@testable import LakeFilter

/// A small deterministic generator (SplitMix64), so generated-filter tests fail the same way every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates random filters over columns of known kinds: the constants always suit the column, so every
/// generated filter binds (used by the round-trip property and the DuckDB agreement test).
struct FilterGenerator {
    enum Kind { case integer, decimal, double, string, boolean }

    var columns: [(name: String, kind: Kind, partition: Bool)]
    var rng: SeededGenerator

    mutating func filter(depth: Int = 3) -> String {
        if depth > 0, Int.random(in: 0..<10, using: &rng) < 5 {
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: return "NOT (\(filter(depth: depth - 1)))"
            case 1, 2: return "(\(filter(depth: depth - 1))) AND (\(filter(depth: depth - 1)))"
            default: return "(\(filter(depth: depth - 1))) OR (\(filter(depth: depth - 1)))"
            }
        }
        return predicate()
    }

    mutating func predicate() -> String {
        let column = columns[Int.random(in: 0..<columns.count, using: &rng)]
        let name = column.name == "group" ? "\"group\"" : column.name
        let choice = Int.random(in: 0..<12, using: &rng)
        if choice == 0 && !column.partition {
            return "\(name) IS \(Bool.random(using: &rng) ? "NOT " : "")NULL"
        }
        switch column.kind {
        case .boolean:
            return "\(name) \(Bool.random(using: &rng) ? "=" : "<>") \(Bool.random(using: &rng) ? "TRUE" : "false")"
        case .string where choice <= 3:
            return "\(name) \(Bool.random(using: &rng) ? "" : "NOT ")LIKE \(likePattern())"
        default:
            break
        }
        switch choice {
        case 4, 5:
            let n = Int.random(in: 1...4, using: &rng)
            let items = (0..<n).map { _ in constant(column.kind) }.joined(separator: ", ")
            return "\(name) \(Bool.random(using: &rng) ? "" : "NOT ")IN (\(items))"
        case 6, 7:
            return
                "\(name) \(Bool.random(using: &rng) ? "" : "NOT ")BETWEEN \(constant(column.kind)) AND \(constant(column.kind))"
        default:
            let ops = ["=", "<>", "!=", "<", "<=", ">", ">="]
            return "\(name) \(ops[Int.random(in: 0..<ops.count, using: &rng)]) \(constant(column.kind))"
        }
    }

    static let words = [
        "", "a", "b", "Seoul", "seoul", "O'Brien", "é", "e\u{301}", "日本", "a%b", "a_b", "zz", "Z", "100", "😀",
    ]

    mutating func constant(_ kind: Kind) -> String {
        switch kind {
        case .integer: return String(Int.random(in: -30...30, using: &rng))
        case .decimal:
            let cents = Int.random(in: -3000...3000, using: &rng)
            let sign = cents < 0 ? "-" : ""
            let m = abs(cents)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: return "\(sign)\(m / 100)"
            case 1: return "\(sign)\(m / 100).\(m % 100 < 10 ? "0" : "")\(m % 100)"
            default: return "\(sign)\(m / 100).\(m % 10)"
            }
        case .double:
            let v = Int.random(in: -200...200, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: return String(v / 10)
            case 1: return "\(v < 0 ? "-" : "")\(abs(v) / 10).\(abs(v) % 10)"
            default: return "\(v / 10)e0"
            }
        case .string:
            return "'" + Self.words[Int.random(in: 0..<Self.words.count, using: &rng)].doublingQuotes("'") + "'"
        case .boolean: return Bool.random(using: &rng) ? "TRUE" : "FALSE"
        }
    }

    mutating func likePattern() -> String {
        let pieces = ["%", "_", "a", "S", "eoul", "'", "日", "%b", "é"]
        let n = Int.random(in: 0...3, using: &rng)
        let text = (0..<n).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
        return "'" + text.doublingQuotes("'") + "'"
    }
}
