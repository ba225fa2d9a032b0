import Foundation

/// What `lakectl usage` shows: for each workgroup and UTC day, the queries by final state, the bytes they
/// scanned and what they cost at Athena's price (`QueryCost`), plus the costliest queries of the window.
/// A pure function of the queries, so the arithmetic is tested without AWS.
package struct UsageReport: Sendable, Equatable {
    package struct Day: Sendable, Equatable {
        package var workgroup: String
        /// `2026-12-04` (UTC).
        package var day: String
        package var queries: Int
        package var byState: [String: Int]
        package var scannedBytes: Int64
        package var costDollars: Double
    }

    package var days: [Day]
    package var costliest: [QueryStatus]
    package var totalQueries: Int { days.reduce(0) { $0 + $1.queries } }
    package var totalScannedBytes: Int64 { days.reduce(0) { $0 + $1.scannedBytes } }
    package var totalCostDollars: Double { days.reduce(0) { $0 + $1.costDollars } }

    package init(queries: [QueryStatus], costliest: Int = 5) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        var grouped: [String: Day] = [:]
        for query in queries {
            let date = query.submitted ?? Date(timeIntervalSince1970: 0)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            let key = query.workgroup + "\u{0}" + day
            var entry =
                grouped[key]
                ?? Day(
                    workgroup: query.workgroup, day: day, queries: 0, byState: [:], scannedBytes: 0, costDollars: 0)
            entry.queries += 1
            entry.byState[query.state, default: 0] += 1
            entry.scannedBytes += query.dataScannedBytes
            entry.costDollars += query.costDollars
            grouped[key] = entry
        }
        days = grouped.values.sorted { ($0.workgroup, $0.day) < ($1.workgroup, $1.day) }
        self.costliest = Array(
            queries.filter { $0.costDollars > 0 }
                .sorted { ($0.costDollars, $0.queryId) > ($1.costDollars, $1.queryId) }
                .prefix(costliest))
    }
}
