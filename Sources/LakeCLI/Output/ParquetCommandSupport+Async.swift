import ArgumentParser
import LakeCodec

extension ParquetCommandSupport {
    /// `run` for bodies that await (an `s3://` input is fetched while reading): codec errors are reported
    /// as `run` reports them, any other error (AWS, a bad S3 URL) as every AWS command reports it.
    static func runAsync<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as CodecError {
            StandardStreams.err("lakectl: error: \(CSVReadOptions.flagSpelling(error.description))")
            throw ExitCode(1)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ExitStatus.report(error)
        }
    }
}
