import Foundation
import Testing

@testable import AWSSigV4

/// Every folder of the SigV4 corpus gets a verdict: it is a case the parameterised suites above run
/// (with all the files they compare against), or a group of cases. A folder that is neither — a new
/// case in a layout the discovery does not understand, a case missing an expected file — fails here
/// instead of silently not being tested.
@Suite("SigV4 corpus inventory")
struct CorpusInventoryTests {
    /// Case folders of each suite: a folder that disappears, or appears, fails an inventory test.
    static let awsCAuthFolderCount = 26
    static let legacyCaseCount = 21
    static let legacyFolderCount = 23

    @Test func corpusIsPresent() throws {
        let root = try #require(SigV4Corpus.root, "SigV4 corpus not found; set LAKECTL_CORPUS")
        #expect(FileManager.default.fileExists(atPath: root.path))
    }

    @Test func everyAWSCAuthFolderIsACompleteCase() throws {
        let suite = try #require(SigV4Corpus.awsCAuth)
        let folders = SigV4Corpus.allDirectories(below: suite)
        #expect(folders.count == Self.awsCAuthFolderCount)
        let discovered = Set(AWSCAuthCase.all().map(\.directory.standardizedFileURL.path))
        for folder in folders {
            #expect(discovered.contains(folder.standardizedFileURL.path), "no verdict for \(folder.lastPathComponent)")
            for file in AWSCAuthCase.requiredFiles {
                let present = FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path)
                #expect(present, "\(folder.lastPathComponent) lacks \(file)")
            }
        }
        #expect(AWSCAuthCase.all().count == folders.count * AWSCAuthCase.Variant.allCases.count)
    }

    @Test func everyLegacyFolderIsACompleteCaseOrAGroup() throws {
        let suite = try #require(SigV4Corpus.legacy)
        let cases = LegacySuiteCase.all()
        #expect(cases.count == Self.legacyCaseCount)
        #expect(SigV4Corpus.allDirectories(below: suite).count == Self.legacyFolderCount)
        let casePaths = Set(cases.map(\.directory.standardizedFileURL.path))
        for folder in SigV4Corpus.allDirectories(below: suite) {
            let path = folder.standardizedFileURL.path
            if casePaths.contains(path) {
                for ext in LegacySuiteCase.extensions {
                    let file = folder.appendingPathComponent("\(folder.lastPathComponent).\(ext)")
                    #expect(
                        FileManager.default.fileExists(atPath: file.path), "\(folder.lastPathComponent) lacks .\(ext)")
                }
            } else {
                // A group: it must contain cases, and nothing else but description text.
                let children = SigV4Corpus.subdirectories(of: folder)
                #expect(!children.isEmpty, "no verdict for \(folder.lastPathComponent): not a case and holds no cases")
            }
        }
    }
}
