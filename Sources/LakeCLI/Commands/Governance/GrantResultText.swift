import LakeOrchestration

/// The one line `grant` and `revoke` print: the outcome, and what became of the data cells filter.
enum GrantResultText {
    static func render(_ result: GrantResult) -> String {
        var text = result.outcome.rawValue
        if let name = result.filterName {
            text += " (filter \(name)" + (result.filterChange.map { ": \($0)" } ?? "") + ")"
        }
        return text
    }
}
