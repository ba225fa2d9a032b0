/// What an idempotent "ensure" did, as a value the CLI renders and tests assert on: a second run with
/// nothing different must report `.unchanged` and make no writes.
package enum Change: Sendable, Equatable {
    case created
    /// The resource existed and these fields were changed ("document", "trust policy", "attached ARN").
    case updated([String])
    case unchanged

    /// "created", "updated", "unchanged": the word scripts branch on.
    package var word: String {
        switch self {
        case .created: return "created"
        case .updated: return "updated"
        case .unchanged: return "unchanged"
        }
    }

    /// The word with the changed fields, for humans: "updated (trust policy, attached …)".
    package var summary: String {
        if case .updated(let fields) = self, !fields.isEmpty { return "updated (\(fields.joined(separator: ", ")))" }
        return word
    }
}

/// An ensured resource: its ARN and what the run changed.
package struct Ensured: Sendable, Equatable {
    package var arn: String
    package var change: Change

    package init(arn: String, change: Change) {
        self.arn = arn
        self.change = change
    }
}
