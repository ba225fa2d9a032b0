/// What Athena bills for one query (AWS-NOTES B5): $5 per TB (10^12 bytes) scanned, the scan rounded up to
/// the MB with a 10 MB minimum per query; failed, cancelled-before-scanning and DDL queries cost nothing, and a
/// query still queued has cost nothing yet.
package enum QueryCost {
    package static let dollarsPerTerabyte = 5.0
    package static let megabyte: Int64 = 1_000_000
    package static let minimumBytes: Int64 = 10 * megabyte

    /// The billed bytes: 0 when not billed, else the scan rounded up to the MB, at least 10 MB.
    package static func billedBytes(scanned: Int64, state: String, statementType: String?) -> Int64 {
        if state == "FAILED" || statementType == "DDL" { return 0 }
        // Nothing read yet (queued, or cancelled before scanning): nothing billed yet. A query still running
        // shows what it would cost if it stopped now.
        if state != "SUCCEEDED" && scanned == 0 { return 0 }
        let rounded = (max(0, scanned) + megabyte - 1) / megabyte * megabyte
        return max(rounded, minimumBytes)
    }

    package static func dollars(scanned: Int64, state: String, statementType: String?) -> Double {
        Double(billedBytes(scanned: scanned, state: state, statementType: statementType)) / 1e12 * dollarsPerTerabyte
    }
}
