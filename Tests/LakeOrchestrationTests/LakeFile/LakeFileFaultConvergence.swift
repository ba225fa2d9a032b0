import AWSCore
import LakeTestSupport
import Testing

@testable import LakeOrchestration

/// The lake file's re-runnability check under faults, shared by the per-kind fault tests: plan and apply through
/// a fault proxy (20% internal errors, throttles and resets; two attempts per call) until a plan comes back
/// empty, at most six rounds, as a CI job re-running `apply` would. Records an issue when it does not converge or
/// when the schedule injected no fault (a run without faults would prove nothing); the caller then reads the
/// result back without the proxy. A whole lake's plan makes a hundred calls or more, and one that fails on any
/// of them is lost: `maxAttempts` and `rounds` give such a plan the retries a CI job would (the rate stays 20%).
/// `upstream`: a private emulator instead of the shared one; `waitForExports`: `apply --wait`.
func expectConvergesThroughFaults(
    seed: Int, maxAttempts: Int = 2, rounds: Int = 6, upstream: Emulator? = nil, waitForExports: Bool = false,
    plan: (AWSClient) async throws -> LakeFilePlan, sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let proxy = try await FaultProxy.start(
        rate: 0.2, seed: seed, kinds: [.internalError, .throttle, .resetBefore, .resetAfter], upstream: upstream)
    defer { proxy.stop() }
    let faulty = proxy.client(maxAttempts: maxAttempts)
    var converged = false
    for _ in 0..<rounds {
        guard let planned = try? await plan(faulty) else { continue }
        if planned.plan.isEmpty {
            converged = true
            break
        }
        var applier = LakeFileApplier(client: faulty)
        applier.waitForExports = waitForExports
        applier.clock = ManualClock()
        _ = await applier.apply(planned)
    }
    #expect(converged, "no empty plan after \(rounds) plan/apply rounds under faults", sourceLocation: sourceLocation)
    #expect(
        try await proxy.stats().faultsTotal > 0, "the schedule must inject faults for this test to mean anything",
        sourceLocation: sourceLocation)
}
