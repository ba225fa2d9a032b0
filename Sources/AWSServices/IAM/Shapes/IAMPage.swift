/// One page of an IAM listing. IAM pages with `Marker` and `IsTruncated`; `marker` is nil on the last page.
package struct IAMPage<Item: Sendable>: Sendable {
    package var items: [Item]
    package var marker: String?

    package init(items: [Item], marker: String?) {
        self.items = items
        self.marker = marker
    }
}

extension IAMPage: Equatable where Item: Equatable {}
