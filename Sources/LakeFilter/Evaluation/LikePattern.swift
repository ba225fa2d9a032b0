/// A compiled `LIKE` pattern: `%` any run of characters, `_` exactly one character, everything else
/// itself, case-sensitively; no escape character (Lake Formation's grammar has no `ESCAPE`). Matching
/// runs on UTF-8 bytes, stepping `_` over one whole character.
package struct LikePattern: Sendable, Equatable {
    enum Token: Sendable, Equatable {
        case any
        case one
        case byte(UInt8)
    }

    let tokens: [Token]
    package let text: String

    package init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "%"): if tokens.last != .any { tokens.append(.any) }
            case UInt8(ascii: "_"): tokens.append(.one)
            default: tokens.append(.byte(b))
            }
        }
        self.tokens = tokens
    }

    package func matches(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { matches($0) }
    }

    private static func nextCharacter(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i + 1
        while j < s.count, s[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    /// Wildcard matching with one backtrack point (the last `%`), linear for patterns without `%`.
    func matches(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        var i = 0
        var starP = -1
        var starI = 0
        let m = tokens.count
        while i < s.count {
            if p < m {
                switch tokens[p] {
                case .one:
                    i = Self.nextCharacter(s, i)
                    p += 1
                    continue
                case .byte(let b) where s[i] == b:
                    i += 1
                    p += 1
                    continue
                case .any:
                    starP = p
                    starI = i
                    p += 1
                    continue
                default: break
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starI = Self.nextCharacter(s, starI)
            i = starI
        }
        while p < m, tokens[p] == .any { p += 1 }
        return p == m
    }
}
