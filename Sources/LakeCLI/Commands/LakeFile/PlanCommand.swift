import ArgumentParser
import Foundation
import LakeOrchestration

/// `lakectl plan`: what `apply` would change to make the live lake match the lake file, as a reviewable plan.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Compare the lake file with what is live and show the changes apply would make.",
        discussion: """
            Prints one line per change (+ create, ~ update with the fields that differ, - delete, only with \
            --prune) and a summary. Deletes touch only what lakectl created or grants on resources the file \
            declares. Warns where IAM_ALLOWED_PRINCIPALS still holds permissions on a governed database. \
            --detailed-exitcode exits 0 with no changes, 2 with changes, 1 on error (for CI).

            Examples:
              lakectl plan
              lakectl plan --detailed-exitcode --out plan.json
            """)

    @OptionGroup var common: CommonOptions

    @Flag(help: "Exit 0 when there are no changes, 2 when there are, 1 on error.")
    var detailedExitcode = false

    @Flag(help: "Also plan deleting what lakectl manages that the file no longer declares.")
    var prune = false

    @Option(help: "Output format: text or json.")
    var output: PlanOutputFormat = .text

    @Option(help: "Also save the plan as JSON to this file, for `lakectl apply FILE`.")
    var out: String?

    func run() async throws {
        LoggingSetup.configure(verbosity: common.verbose)
        var changes = false
        try await reportingErrors {
            let lake = try LakeFileLoading.load(common.config ?? LakeFileOptions.defaultPath)
            let plan = try await LakeFilePlanner(session: try common.session()).plan(lake, prune: prune)
            StandardStreams.out(LakeFilePlanText.render(plan, as: output))
            if let out { try SavedPlan.write(plan, to: out) }
            changes = !plan.plan.isEmpty
        }
        if detailedExitcode && changes { throw ExitCode(ExitStatus.changesPending) }
    }
}
