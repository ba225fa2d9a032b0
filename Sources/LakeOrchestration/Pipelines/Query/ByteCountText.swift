import Foundation

/// Byte counts as people read them in progress lines and footers: `0 B`, `74.6 KB`, `1.2 GB` (powers of
/// 1000, as Athena bills).
package enum ByteCountText {
    package static func format(_ bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : "\(String(format: "%.1f", value)) \(units[unit])"
    }
}
