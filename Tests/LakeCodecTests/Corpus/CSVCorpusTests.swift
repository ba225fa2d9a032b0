import Foundation
import Testing

@testable import LakeCodec

@Suite("CSV corpus vs DuckDB")
struct CSVCorpusTests {
    @Test("agreement summary")
    func summary() throws {
        let files = CSVCorpus.files()
        var agree = 0
        var readable = 0
        for file in files {
            let t0 = Date()
            let v = try CSVCorpus.verdict(file)
            let dt = Date().timeIntervalSince(t0)
            if dt > 1 { print("SLOW \(file) \(dt)") }
            let ref = try CSVCorpus.reference(file)
            if ref.readable { readable += 1; if v.agrees { agree += 1 } }
            if !v.agrees { print("VERDICT \(file): \(v)") }
        }
        print("AGREE \(agree)/\(readable)")
    }
}
