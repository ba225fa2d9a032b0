/// Row indices in ascending order: the rows of a batch an operation applies to. The evaluator narrows
/// these instead of calling a closure per row, and AND/OR/NOT are set operations on them.
package typealias SelectionVector = [Int32]

enum Selection {
    /// Rows in `a` that are not in `b` (both ascending).
    static func subtracting(_ a: SelectionVector, _ b: SelectionVector) -> SelectionVector {
        if b.isEmpty { return a }
        var out = SelectionVector()
        out.reserveCapacity(a.count)
        var j = 0
        for x in a {
            while j < b.count, b[j] < x { j += 1 }
            if j < b.count, b[j] == x { continue }
            out.append(x)
        }
        return out
    }

    static func union(_ a: SelectionVector, _ b: SelectionVector) -> SelectionVector {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var out = SelectionVector()
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }

    static func intersection(_ a: SelectionVector, _ b: SelectionVector) -> SelectionVector {
        var out = SelectionVector()
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }
}
