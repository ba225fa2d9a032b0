import ArgumentParser

/// `--output` of `lakectl plan` and `apply`: the plan as lines for people, or as one JSON value for scripts.
enum PlanOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
}
