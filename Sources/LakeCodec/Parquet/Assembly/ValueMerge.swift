/// Merges the raw per-leaf trees of sibling leaves into one value: structures are unioned field by field
/// (leaves come in schema order, so fields stay in schema order), lists element by element.
enum ValueMerge {
    static func merge(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.null, .null): return .null
        case (.structure(var fa), .structure(let fb)):
            for f in fb {
                if let k = fa.firstIndex(where: { $0.name == f.name }) {
                    fa[k].value = try merge(fa[k].value, f.value)
                } else {
                    fa.append(f)
                }
            }
            return .structure(fa)
        case (.list(let la), .list(let lb)):
            guard la.count == lb.count else {
                throw CodecError.corrupt(what: "nested columns", offset: 0, reason: "sibling columns disagree on a list length (\(la.count) vs \(lb.count))")
            }
            return .list(try zip(la, lb).map { try merge($0, $1) })
        default:
            throw CodecError.corrupt(what: "nested columns", offset: 0, reason: "sibling columns disagree on whether a group is null")
        }
    }
}
