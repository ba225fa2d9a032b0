import ArgumentParser
import Foundation
import LakeCodec

/// Shared by the local Parquet commands: opening a file and turning codec errors into a message on
/// stderr and exit status 1.
enum ParquetCommandSupport {
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CodecError {
            StandardStreams.err("lakectl: error: \(CSVReadOptions.flagSpelling(error.description))")
            throw ExitCode(1)
        }
    }

    /// `--columns a,b` → ["a", "b"], or nil for all columns.
    static func columnList(_ text: String?) -> [String]? {
        guard let text, !text.isEmpty else { return nil }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
