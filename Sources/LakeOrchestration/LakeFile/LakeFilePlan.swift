/// `lakectl plan`'s value: the ordered changes (a `Plan`, as every other flow shows them), the step `apply`
/// takes for each, and the warnings found while reading. Saved as JSON with `--out`, applied later only if a
/// fresh plan of the same file still shows the same changes.
package struct LakeFilePlan: Sendable, Equatable, Codable {
    package var file: String
    package var account: String
    package var region: String
    package var prune: Bool
    package var plan: Plan
    /// One per `plan.changes` entry, same order.
    package var steps: [LakeFileStep]
    package var warnings: [String]

    package init(file: String, account: String, region: String, prune: Bool) {
        self.file = file
        self.account = account
        self.region = region
        self.prune = prune
        self.plan = Plan()
        self.steps = []
        self.warnings = []
    }

    mutating func add(_ change: PlannedChange, _ step: LakeFileStep) {
        plan.append(change)
        steps.append(change.action == .noop ? .none : step)
    }
}
