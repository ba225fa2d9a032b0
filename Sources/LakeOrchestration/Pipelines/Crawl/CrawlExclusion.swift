/// One of a crawler target's exclude patterns (S3Target.Exclusions): a glob matched against an object's
/// key relative to the target's path, as the crawler matches it, so `crawl diff` leaves out what the
/// crawl leaves out. `*` and `?` stay within one folder, `**` crosses folders, `[a-z]` and `[!0-9]` are
/// character classes, `{a,b}` alternatives, and `\` makes the next character literal.
package struct CrawlExclusion: Sendable, Equatable {
    package let pattern: String
    /// The pattern with its `{…}` groups expanded: a key is excluded when it matches any of them.
    private let alternatives: [[Character]]

    package init(_ pattern: String) {
        self.pattern = pattern
        alternatives = Self.expandingBraces(Array(pattern))
    }

    /// Whether the object at `key` (relative to the target's path) is left out of the crawl.
    package func excludes(_ key: String) -> Bool {
        let key = Array(key)
        return alternatives.contains { Self.match($0[...], key[...]) }
    }

    /// `a{b,c}d` → `abd`, `acd`; nested groups expand too. An unclosed `{` is literal.
    static func expandingBraces(_ p: [Character]) -> [[Character]] {
        guard let open = p.firstIndex(of: "{"), !isEscaped(p, open) else { return [p] }
        var depth = 0
        var options: [[Character]] = []
        var current: [Character] = []
        var i = open + 1
        while i < p.count {
            let c = p[i]
            if c == "\\" && i + 1 < p.count {
                current += [c, p[i + 1]]
                i += 2
                continue
            }
            if c == "{" { depth += 1 }
            if c == "}" {
                if depth == 0 {
                    options.append(current)
                    let head = Array(p[..<open])
                    let tail = Array(p[(i + 1)...])
                    return options.flatMap { expandingBraces(head + $0 + tail) }
                }
                depth -= 1
            }
            if c == "," && depth == 0 {
                options.append(current)
                current = []
            } else {
                current.append(c)
            }
            i += 1
        }
        return [p]
    }

    private static func isEscaped(_ p: [Character], _ index: Int) -> Bool {
        var slashes = 0
        var i = index - 1
        while i >= 0 && p[i] == "\\" {
            slashes += 1
            i -= 1
        }
        return slashes % 2 == 1
    }

    static func match(_ p: ArraySlice<Character>, _ s: ArraySlice<Character>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case "*":
            if p.dropFirst().first == "*" {
                let rest = p.dropFirst(2)
                return (0...s.count).contains { match(rest, s.dropFirst($0)) }
            }
            let rest = p.dropFirst()
            var taken = 0
            while true {
                if match(rest, s.dropFirst(taken)) { return true }
                guard taken < s.count, s[s.startIndex + taken] != "/" else { return false }
                taken += 1
            }
        case "?":
            guard let first = s.first, first != "/" else { return false }
            return match(p.dropFirst(), s.dropFirst())
        case "[":
            guard let (matches, rest) = characterClass(p), let first = s.first, first != "/" else {
                return s.first == "[" && match(p.dropFirst(), s.dropFirst())
            }
            return matches(first) && match(rest, s.dropFirst())
        case "\\" where p.count > 1:
            let literal = p[p.startIndex + 1]
            return s.first == literal && match(p.dropFirst(2), s.dropFirst())
        default:
            return s.first == c && match(p.dropFirst(), s.dropFirst())
        }
    }

    /// `[abc]`, `[a-z]` or `[!…]` at the start of `p`: a test for one character and the pattern after the
    /// class; nil when the `[` is not closed (then it is literal).
    private static func characterClass(_ p: ArraySlice<Character>) -> ((Character) -> Bool, ArraySlice<Character>)? {
        var i = p.startIndex + 1
        let negated = i < p.endIndex && p[i] == "!"
        if negated { i += 1 }
        var ranges: [ClosedRange<Character>] = []
        var first = true
        while i < p.endIndex {
            let c = p[i]
            if c == "]" && !first {
                let set = ranges
                return ({ ch in set.contains { $0.contains(ch) } != negated }, p[(i + 1)...])
            }
            first = false
            if i + 2 < p.endIndex && p[i + 1] == "-" && p[i + 2] != "]" && c <= p[i + 2] {
                ranges.append(c...p[i + 2])
                i += 3
            } else {
                ranges.append(c...c)
                i += 1
            }
        }
        return nil
    }
}
