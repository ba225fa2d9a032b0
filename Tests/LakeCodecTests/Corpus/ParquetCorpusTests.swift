import Foundation
import Testing
@testable import LakeCodec

/// Every Parquet file of the shared corpus against pyarrow's reading of it (MANIFEST.md, "Reference
/// outputs"): files pyarrow reads must give the same rows, schema and first rows; files it rejects must
/// end in a CodecError, never a crash or hang.
@Suite("Parquet corpus")
struct ParquetCorpusTests {
    static let files = CorpusLocator.parquetFiles()

    /// Files where we knowingly differ from pyarrow, each with the reason. Checked: the disagreement must
    /// still be there (a fixed one fails, so this list stays honest).
    static let knownDisagreements: [String: String] = [:]

    @Test("agrees with pyarrow", .timeLimit(.minutes(2)), arguments: files)
    func agreesWithPyArrow(_ path: String) {
        let outcome = CorpusCase(relativePath: path).run()
        if let reason = Self.knownDisagreements[path] {
            withKnownIssue("\(path): \(reason)") {
                if case .disagrees(let why) = outcome { Issue.record("\(why)") }
            }
            return
        }
        if case .disagrees(let why) = outcome { Issue.record("\(path): \(why)") }
    }

    @Test("every corpus file has a reference and a verdict")
    func inventory() throws {
        #expect(!Self.files.isEmpty, "no corpus found at \(CorpusLocator.parquetRoot.path); set LAKECTL_CORPUS")
        for path in Self.files {
            let ref = CorpusLocator.parquetRoot.appendingPathComponent(path).path + ".expected.json"
            #expect(FileManager.default.fileExists(atPath: ref), "\(path) has no pyarrow reference")
        }
        for path in Self.knownDisagreements.keys {
            #expect(Self.files.contains(path), "known disagreement names a file not in the corpus: \(path)")
        }
    }

    @Test("summary of verdicts")
    func summary() {
        var agree = 0, failAsExpected = 0, disagree: [String] = []
        for path in Self.files {
            switch CorpusCase(relativePath: path).run() {
            case .agrees: agree += 1
            case .failsAsExpected: failAsExpected += 1
            case .disagrees(let why): disagree.append("\(path): \(why)")
            }
        }
        print("CORPUS: \(agree) agree, \(failAsExpected) fail as pyarrow does, \(disagree.count) disagree")
        for d in disagree { print("CORPUS DISAGREE \(d)") }
    }
}
