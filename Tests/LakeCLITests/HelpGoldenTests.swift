import ArgumentParser
import Foundation
import LakeTestSupport
import Testing

@testable import LakeCLI

/// Every command's `--help`, compared with a golden file in `Tests/LakeCLITests/Golden/help/` (one per command
/// path: `lakectl-iam-role-create.txt`). Help is part of the interface: a change to an option's name, default
/// or text shows up here as a diff. Re-record on purpose with `RECORD_SNAPSHOTS=1 swift test --filter
/// HelpGoldenTests`; a command without a golden file fails.
@Suite struct HelpGoldenTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/LakeCLITests/Golden/help")

    /// The whole tree, depth first, as (path of command names, type).
    static func commands() -> [([String], any ParsableCommand.Type)] {
        var found: [([String], any ParsableCommand.Type)] = []
        func walk(_ type: any ParsableCommand.Type, _ path: [String]) {
            found.append((path, type))
            for sub in type.configuration.subcommands {
                walk(sub, path + [sub.configuration.commandName ?? String(describing: sub).lowercased()])
            }
        }
        walk(LakeCommand.self, ["lakectl"])
        return found
    }

    @Test func everyCommandsHelpMatchesItsGoldenFile() throws {
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        var expectedFiles: Set<String> = []
        for (path, type) in Self.commands() {
            let name = path.joined(separator: "-") + ".txt"
            expectedFiles.insert(name)
            let help = LakeCommand.helpMessage(for: type, columns: 100) + "\n"
            let file = Self.folder.appendingPathComponent(name)
            if record {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try help.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            let golden = try? String(contentsOf: file, encoding: .utf8)
            #expect(
                golden != nil, "no golden help for `\(path.joined(separator: " "))`: record with RECORD_SNAPSHOTS=1")
            if let golden { #expect(help == golden, "help of `\(path.joined(separator: " "))` changed") }
        }
        // A golden file whose command is gone is stale: it must be removed with the command.
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? [])
        #expect(present.subtracting(expectedFiles).sorted() == [], "golden help files without a command")
        #expect(expectedFiles.count == Self.commands().count)
    }
}
