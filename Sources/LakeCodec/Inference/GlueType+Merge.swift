/// Merging the types two files (or two records) give the same column, the way a crawler that
/// combines compatible schemas does (AWS-NOTES B2, "CombineCompatibleSchemas"): numbers widen along
/// tinyint → smallint → int → bigint → double (float joins as double), decimals widen to hold both,
/// date joins timestamp as timestamp, structs take the union of their fields (matched by name), arrays and
/// maps merge their element types; anything else becomes string, which every value can be read as.
extension GlueType {
    package func merged(with other: GlueType) -> GlueType {
        if self == other { return self }
        if let a = integerRank, let b = other.integerRank { return a >= b ? self : other }
        switch (self, other) {
        case let (.decimal(p1, s1), .decimal(p2, s2)):
            return Self.decimal(integerDigits: max(p1 - s1, p2 - s2), scale: max(s1, s2))
        case let (.decimal(p, s), integer) where integer.integerDigits != nil,
            let (integer, .decimal(p, s)) where integer.integerDigits != nil:
            return Self.decimal(integerDigits: max(p - s, integer.integerDigits ?? 19), scale: s)
        case (.float, .double), (.double, .float): return .double
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        case let (.array(a), .array(b)): return .array(a.merged(with: b))
        case let (.map(k1, v1), .map(k2, v2)): return .map(key: k1.merged(with: k2), value: v1.merged(with: v2))
        case let (.structure(a), .structure(b)): return .structure(Self.union(a, b))
        default: break
        }
        if isNumeric && other.isNumeric { return .double }
        return .string
    }

    /// Numbers that can all be read as double (when nothing narrower holds both).
    var isNumeric: Bool {
        switch self {
        case .tinyint, .smallint, .int, .bigint, .float, .double, .decimal: return true
        default: return false
        }
    }

    /// A decimal holding both sides, or double once it needs more than Athena's 38 digits.
    private static func decimal(integerDigits: Int, scale: Int) -> GlueType {
        let precision = integerDigits + scale
        return precision <= 38 ? .decimal(precision: max(1, precision), scale: scale) : .double
    }

    /// Fields of `a` in order (merged with `b`'s field of the same name), then `b`'s new fields.
    package static func union(_ a: [GlueField], _ b: [GlueField]) -> [GlueField] {
        var out = a
        var index: [String: Int] = [:]
        for (i, field) in a.enumerated() where index[field.name] == nil { index[field.name] = i }
        for field in b {
            if let i = index[field.name] {
                out[i].type = out[i].type.merged(with: field.type)
            } else {
                index[field.name] = out.count
                out.append(field)
            }
        }
        return out
    }
}
