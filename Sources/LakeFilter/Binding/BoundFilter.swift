/// A row filter checked against a schema and ready to evaluate: the predicate and the columns it reads.
package struct BoundFilter: Sendable, Equatable {
    package var predicate: BoundPredicate
    package var columns: [BoundColumn]
    /// The filter as parsed, for printing back (`canonicalText`).
    package var expression: FilterExpression

    /// Parses and binds `text` against `schema`.
    package static func compile(_ text: String, schema: FilterSchema) throws(FilterError) -> BoundFilter {
        try FilterBinder(schema: schema).bind(try FilterExpression.parse(text))
    }
}
