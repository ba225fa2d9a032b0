import ArgumentParser
import Foundation
import LakeConfig

/// `lakectl init [--force]`: writes LAKEFILE.md's commented example, the starting point users edit.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented example lake file to config/lake.yaml.",
        discussion: """
            The example declares a whole governed lake (keys, buckets, databases, crawlers, jobs, streams, \
            workgroups, Lake Formation settings and teams); edit it, then run `lakectl validate`. An existing \
            file is kept unless --force is given. The example job's script is written next to it \
            (jobs/orders_daily.py) unless a file is already there.

            Examples:
              lakectl init
              lakectl init --config lakes/dev.yaml --force
            """)

    @OptionGroup var file: LakeFileOptions

    @Flag(help: "Overwrite the file if it exists.")
    var force = false

    func run() async throws {
        try await reportingErrors {
            let path = file.config
            let manager = FileManager.default
            if manager.fileExists(atPath: path), !force {
                throw CLIError.invalidInput("\(path) already exists; use --force to overwrite it")
            }
            let folder = (path as NSString).deletingLastPathComponent
            do {
                if !folder.isEmpty { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                try Data(LakeFileExample.text.utf8).write(to: URL(fileURLWithPath: path))
                // The job's script, so the example plans as written; a user's script is never replaced.
                let script = URL(fileURLWithPath: path).deletingLastPathComponent()
                    .appendingPathComponent(LakeFileExample.jobScriptPath)
                if !manager.fileExists(atPath: script.path) {
                    try manager.createDirectory(
                        at: script.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(LakeFileExample.jobScript.utf8).write(to: script)
                }
            } catch {
                throw CLIError.unreadableInput(what: path, reason: "cannot write it (\(error.localizedDescription))")
            }
            StandardStreams.out("wrote \(path); edit it, then run `lakectl validate --config \(path)`")
        }
    }
}
