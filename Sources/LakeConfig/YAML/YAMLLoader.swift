import Yams

/// Parses the lake file's text into `ConfigNode`s, keeping file:line:column for every node.
///
/// LAKEFILE.md's own example writes `${account}` inside flow sequences without quotes
/// (`admins: [arn:aws:iam::${account}:role/lake-admin]`). Strict YAML ends a plain scalar at `{` inside
/// `[…]`, so the example would not parse as written. The file format means `${account}` and `${region}` to work
/// in every string, so before parsing, the braces of exactly those two placeholders are swapped for two
/// private-use characters (one scalar each, so lines and columns do not move) and swapped back in every scalar.
enum YAMLLoader {
    static let openMark: Character = "\u{E000}"
    static let closeMark: Character = "\u{E001}"
    static let placeholders = ["account", "region"]

    static func load(_ text: String, file: String) throws(LakeFileProblems) -> ConfigNode? {
        let protected = protect(text)
        let root: Node?
        do {
            root = try Yams.compose(yaml: protected)
        } catch let error as YamlError {
            throw LakeFileProblems([syntaxError(error, file: file)])
        } catch {
            throw LakeFileProblems([
                LakeFileProblem(
                    location: SourceLocation(file: file, line: 1, column: 1), path: "",
                    problem: "cannot read the file as YAML: \(error)", expected: "a YAML document")
            ])
        }
        guard let root else { return nil }
        var problems: [LakeFileProblem] = []
        let node = convert(root, file: file, problems: &problems)
        if !problems.isEmpty { throw LakeFileProblems(problems) }
        return node
    }

    static func protect(_ text: String) -> String {
        var out = text
        for name in placeholders {
            out = out.replacingOccurrences(of: "${\(name)}", with: "$\(openMark)\(name)\(closeMark)")
        }
        return out
    }

    static func restore(_ text: String) -> String {
        guard text.contains(openMark) else { return text }
        return text.replacingOccurrences(of: String(openMark), with: "{")
            .replacingOccurrences(of: String(closeMark), with: "}")
    }

    private static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, file: String, problems: inout [LakeFileProblem]) -> ConfigNode {
        let here = location(node.mark, file: file)
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return ConfigNode(value: .scalar(restore(scalar.string), quoted: quoted), location: here)
        case .sequence(let sequence):
            return ConfigNode(
                value: .sequence(sequence.map { convert($0, file: file, problems: &problems) }), location: here)
        case .mapping(let mapping):
            var entries: [ConfigNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = location(key.mark, file: file)
                guard case .scalar(let scalar) = key else {
                    problems.append(
                        LakeFileProblem(
                            location: keyLocation, path: "", problem: "a key is not a plain name",
                            expected: "a lower snake_case key"))
                    continue
                }
                entries.append(
                    ConfigNode.Entry(
                        key: restore(scalar.string), keyLocation: keyLocation,
                        value: convert(value, file: file, problems: &problems)))
            }
            return ConfigNode(value: .mapping(entries), location: here)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one is reported rather than guessed.
            problems.append(
                LakeFileProblem(
                    location: here, path: "", problem: "an unresolved YAML alias",
                    expected: "an anchor defined earlier"))
            return ConfigNode(value: .scalar("", quoted: false), location: here)
        }
    }

    private static func syntaxError(_ error: YamlError, file: String) -> LakeFileProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return LakeFileProblem(
                location: location(mark, file: file), path: "", problem: "YAML syntax: \(restore(problem))",
                expected: "valid YAML")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LakeFileProblem(
                location: location(context.mark, file: file), path: "",
                problem: "duplicate key \(duplicates.map(restore).joined(separator: ", "))",
                expected: "each key once per mapping")
        case .reader(let problem, let offset, _, _):
            return LakeFileProblem(
                location: SourceLocation(file: file, line: 1, column: 1), path: "",
                problem: "unreadable text\(offset.map { " at character \($0)" } ?? ""): \(problem)",
                expected: "UTF-8 text")
        default:
            return LakeFileProblem(
                location: SourceLocation(file: file, line: 1, column: 1), path: "", problem: "\(error)",
                expected: "valid YAML")
        }
    }
}
