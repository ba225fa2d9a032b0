/// Words the parser treats specially. `grammar` are the keywords of the filter grammar; `reserved` are
/// PartiQL reserved words that Lake Formation requires in double quotes when they name a column
/// (AWS-NOTES B1), so a bare `group = 'a'` is an error telling the user to write `"group"`.
enum FilterKeywords {
    static let grammar: Set<String> = ["AND", "OR", "NOT", "IN", "BETWEEN", "LIKE", "IS", "NULL", "TRUE", "FALSE"]

    static let reserved: Set<String> = grammar.union([
        "ALL", "ANY", "AS", "ASC", "BY", "CASE", "CAST", "CROSS", "DATE", "DESC", "DISTINCT", "ELSE", "END",
        "ESCAPE", "EXCEPT", "EXISTS", "FROM", "FULL", "GROUP", "HAVING", "INNER", "INTERSECT", "INTERVAL", "INTO",
        "JOIN", "LEFT", "LIMIT", "MISSING", "NATURAL", "OFFSET", "ON", "ORDER", "OUTER", "PIVOT", "RIGHT",
        "SELECT", "SOME", "TABLE", "THEN", "TIME", "TIMESTAMP", "UNION", "UNPIVOT", "USER", "VALUE", "VALUES",
        "WHEN", "WHERE", "WITH",
    ])

    /// True when `name` can be printed bare: a simple identifier that is not reserved.
    static func isBare(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else {
            return false
        }
        let simple = name.unicodeScalars.allSatisfy {
            $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }
        return simple && !reserved.contains(name.uppercased())
    }
}
