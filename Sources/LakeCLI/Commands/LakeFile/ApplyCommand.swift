import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl apply [PLAN.json]`: shows the plan, asks on a terminal (or takes --auto-approve), applies it in
/// order, and on a failure stops and says what was done and what was not.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Make the live lake match the lake file (or apply a plan saved with plan --out).",
        discussion: """
            Plans first, shows the plan and asks for confirmation on a terminal; --auto-approve skips the \
            question (it is required when stdin is not a terminal). A saved plan is applied only if a fresh \
            plan of the same file still shows the same changes. On a failure apply stops, lists what was done \
            and what was not, and exits 1; running it again finishes the job.

            Examples:
              lakectl apply
              lakectl apply --auto-approve
              lakectl apply --auto-approve --wait
              lakectl plan --out plan.json && lakectl apply plan.json --auto-approve
            """)

    @OptionGroup var common: CommonOptions

    @Flag(help: "Apply without asking for confirmation.")
    var autoApprove = false

    @Flag(help: "Also delete what lakectl manages that the file no longer declares.")
    var prune = false

    @Flag(help: "Wait for snapshot exports to complete and catalog their tables (default: start them and go on).")
    var wait = false

    @Argument(help: "A plan saved with `lakectl plan --out` (default: plan now).")
    var planFile: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        try await reportingErrors {
            let saved = try planFile.map(SavedPlan.read)
            let path = saved?.file ?? common.config ?? LakeFileOptions.defaultPath
            let lake = try LakeFileLoading.load(path)
            let session = try common.session()
            let fresh = try await LakeFilePlanner(session: session).plan(lake, prune: saved?.prune ?? prune)
            if let saved { try LakeFileApplier.checkSaved(saved, against: fresh) }
            StandardStreams.out(LakeFilePlanText.render(fresh, as: .text))
            if fresh.plan.isEmpty { return }
            if !autoApprove { try confirm() }
            var applier = LakeFileApplier(session: session)
            applier.waitForExports = wait
            let outcome = await applier.apply(fresh) { change in
                StandardStreams.out("done: \(symbol(change.action)) \(change.kind) \(change.id)")
            }
            if let failed = outcome.failed {
                StandardStreams.err(
                    "failed: \(symbol(failed.action)) \(failed.kind) \(failed.id): \(outcome.failure ?? "")")
                for change in outcome.notDone {
                    StandardStreams.err("not done: \(symbol(change.action)) \(change.kind) \(change.id)")
                }
                throw CLIError.invalidInput(
                    "apply stopped: \(outcome.done.count) done, 1 failed, \(outcome.notDone.count) not done; "
                        + "fix the cause and run apply again (what was done is kept)")
            }
            StandardStreams.out("Apply complete: \(outcome.done.count) change(s) made.")
        }
    }

    /// Asks on a terminal; refuses (rather than hanging or assuming yes) when stdin is not one.
    private func confirm() throws {
        guard StandardStreams.isTerminal(0) else {
            throw CLIError.invalidInput(
                "stdin is not a terminal, so apply cannot ask for confirmation; use --auto-approve")
        }
        StandardStreams.errRaw("Apply these changes? Only 'yes' is accepted: ")
        guard readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
            throw CLIError.invalidInput("apply cancelled; nothing was changed")
        }
    }

    private func symbol(_ action: PlannedChange.Action) -> String {
        switch action {
        case .create: return "+"
        case .update: return "~"
        case .delete: return "-"
        case .noop: return "="
        }
    }
}
