/// Failures the command line itself detects (as opposed to AWS or codec errors, which arrive typed
/// from the lower layers). Each message says what is wrong and what to do.
enum CLIError: Error, CustomStringConvertible {
    case invalidInput(String)
    case unreadableInput(what: String, reason: String)

    var description: String {
        switch self {
        case .invalidInput(let message):
            return message
        case .unreadableInput(let what, let reason):
            return "cannot read \(what): \(reason)"
        }
    }
}
