import Foundation
import Testing

@testable import LakeOrchestration

/// `usage` arithmetic, without AWS: grouping by workgroup and UTC day, states, bytes, Athena's price.
@Suite struct UsageReportTests {
    private func query(_ id: String, _ workgroup: String, _ state: String, _ scanned: Int64, _ at: TimeInterval)
        -> QueryStatus
    {
        var status = QueryStatus(
            queryId: id, state: state, dataScannedBytes: scanned, submitted: Date(timeIntervalSince1970: at))
        status.workgroup = workgroup
        return status
    }

    @Test func groupsByWorkgroupAndDayAndPricesEachQuery() {
        let day1 = 1_764_806_400.0  // 2025-12-04T00:00:00Z
        let report = UsageReport(queries: [
            query("a", "primary", "SUCCEEDED", 1_000, day1 + 10),  // billed 10 MB
            query("b", "primary", "SUCCEEDED", 25_500_000, day1 + 20),  // billed 26 MB
            query("c", "primary", "FAILED", 5_000_000, day1 + 30),  // free
            query("d", "primary", "SUCCEEDED", 1, day1 + 86_400),  // next day, 10 MB
            query("e", "analysts", "CANCELLED", 0, day1 + 40),  // cancelled before scanning: free
        ])
        #expect(
            report.days.map { "\($0.workgroup) \($0.day)" } == [
                "analysts 2025-12-04", "primary 2025-12-04", "primary 2025-12-05",
            ])
        let first = report.days[1]
        #expect(first.queries == 3)
        #expect(first.byState == ["SUCCEEDED": 2, "FAILED": 1])
        #expect(first.scannedBytes == 30_501_000)
        #expect(abs(first.costDollars - 36_000_000 / 1e12 * 5) < 1e-15)
        #expect(report.totalQueries == 5)
        #expect(report.costliest.map(\.queryId) == ["b", "d", "a"])
    }

    @Test(arguments: [("30m", 1_800.0), ("12h", 43_200.0), ("7d", 604_800.0), ("2w", 1_209_600.0)])
    func windowsParse(text: String, seconds: Double) throws {
        #expect(try LookbackWindow.parse(text).seconds == seconds)
    }

    @Test(arguments: ["7", "7 days", "-1d", "0d", "1y", ""])
    func badWindowsAreRefused(text: String) {
        #expect(throws: QueryHistoryError.badWindow(text)) { try LookbackWindow.parse(text) }
    }
}
