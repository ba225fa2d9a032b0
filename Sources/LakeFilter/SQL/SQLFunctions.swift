/// The functions of the local SQL dialect (PRODUCT.md). Any other name is an error at parse time.
enum SQLFunctions {
    static let aggregates: Set<String> = ["count", "sum", "min", "max", "avg"]
    static let scalars: Set<String> = [
        "lower", "upper", "substr", "substring", "length", "coalesce", "round", "abs", "year", "month", "day",
        "date_trunc",
    ]
    static let all = aggregates.union(scalars)
}
