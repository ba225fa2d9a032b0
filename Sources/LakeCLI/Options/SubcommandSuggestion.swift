import ArgumentParser

/// Catches a mistyped subcommand before argument-parser does, to name the nearest real one ("did you mean
/// 'whoami'?") as git and the AWS CLI do, and makes `lakectl help NOSUCH` an error instead of the root help
/// with status 0.
enum SubcommandSuggestion {
    /// The message for the first word that names no subcommand where one is expected, or nil when every
    /// command word is known (then argument-parser takes over).
    static func problem(in arguments: [String], root: any ParsableCommand.Type) -> String? {
        var words = arguments
        var isHelp = false
        if words.first == "help" {
            isHelp = true
            words.removeFirst()
        }
        var type = root
        var path = [root.configuration.commandName ?? "lakectl"]
        for word in words {
            let subcommands = type.configuration.subcommands
            if subcommands.isEmpty || word.hasPrefix("-") { return nil }
            let names = subcommands.compactMap { $0.configuration.commandName }
            guard let next = subcommands.first(where: { $0.configuration.commandName == word }) else {
                if !isHelp && type.configuration.defaultSubcommand != nil { return nil }
                let nearest = names.map { ($0, distance($0, word)) }.min { $0.1 < $1.1 }
                var text = "'\(word)' is not a \(path.joined(separator: " ")) command"
                if let nearest, nearest.1 <= max(2, word.count / 3) { text += "; did you mean '\(nearest.0)'?" }
                return text + " (commands: \(names.joined(separator: ", ")))"
            }
            type = next
            path.append(word)
        }
        return nil
    }

    /// Levenshtein distance; command names are short, so the quadratic table is fine.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
