import ArgumentParser
import LakeCodec

/// `--rules glue|full` for the inference commands; see `InferenceRules` for what each means.
enum InferenceRulesOption: String, ExpressibleByArgument, CaseIterable, Sendable {
    case glue
    case full

    var rules: InferenceRules { self == .glue ? .glue : .full }
}
