import Foundation

/// The allowed key nearest to a misspelt one (`exlude_columns` → `exclude_columns`), by edit distance,
/// offered only when it is close enough to look like a typo.
enum KeySuggestion {
    static func nearest(to key: String, in allowed: [String]) -> String? {
        let scored = allowed.map { ($0, distance(key.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(1, min(3, key.count / 3))
        return best.1 <= limit ? best.0 : nil
    }

    /// Edit distance over characters counting a swap of two neighbours as one edit (optimal string alignment);
    /// keys are short, so the quadratic table is fine.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        var beforePrevious = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)  // a swap of two neighbours
                }
            }
            beforePrevious = previous
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
