/// One page of any AWS listing: its items and the token for the next page, nil on the last. Services page
/// with different names (`Marker` + `IsTruncated` in IAM, `NextToken` in Glue and KMS, `Marker` in RDS);
/// each service maps its reply to this one shape, so every paginator and every caller reads pages alike.
package struct Page<Item: Sendable>: Sendable {
    package var items: [Item]
    package var nextToken: String?

    /// An empty token means "no more pages" (Glue sends `""` on the last page), so it is stored as nil.
    package init(items: [Item], nextToken: String?) {
        self.items = items
        self.nextToken = nextToken.flatMap { $0.isEmpty ? nil : $0 }
    }
}

extension Page: Equatable where Item: Equatable {}
