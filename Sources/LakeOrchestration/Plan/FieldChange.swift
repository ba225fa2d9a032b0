/// One field of a planned change: its old value (nil when it is being set for the first time) and the
/// new one (nil when it is being removed), both as display strings.
package struct FieldChange: Sendable, Equatable, Codable {
    package var field: String
    package var old: String?
    package var new: String?

    package init(_ field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}
