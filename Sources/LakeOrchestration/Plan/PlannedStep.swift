/// One resource read and compared, ready to apply: the planned change with the desired and live
/// states its kind needs to carry it out. Built by `plan`, consumed by `apply`, so what is applied is
/// exactly what was planned (no second read in between).
package struct PlannedStep<Kind: ResourceKind>: Sendable {
    package let kind: Kind
    package let desired: Kind.Desired
    package let live: Kind.Live?
    package let change: PlannedChange

    package init(kind: Kind, desired: Kind.Desired) async throws {
        self.kind = kind
        self.desired = desired
        let (change, live) = try await kind.plan(desired)
        self.live = live
        self.change = change
    }

    /// A step whose live state was read elsewhere.
    package init(kind: Kind, desired: Kind.Desired, live: Kind.Live?) throws {
        self.kind = kind
        self.desired = desired
        self.live = live
        self.change = try Kind.diff(desired, live)
    }

    package func apply() async throws -> Kind.Applied {
        try await kind.apply(change, desired: desired, live: live)
    }
}
