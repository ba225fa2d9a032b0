import Foundation
import Testing

@testable import LakeCodec

/// Damaged copies of corpus files (bytes flipped, cut short, lines duplicated) go through sniffing and
/// reading: the only acceptable outcomes are rows or a `CodecError`; a trap would end the test process.
@Suite("CSV corpus mutations")
struct CSVCorpusMutationTests {
    static let smallFiles = CSVCorpus.files().filter { file in
        let path = CSVCorpus.root.appendingPathComponent(file).path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return !file.hasSuffix(".gz") && size > 0 && size < 4096
    }

    @Test("damaged files are read or rejected with a CodecError, never trap", arguments: 0..<24)
    func mutate(seed: Int) throws {
        try #require(!Self.smallFiles.isEmpty)
        var generator = CSVFuzzRandom(seed: UInt64(seed) &+ 1000)
        let file = Self.smallFiles[Int(generator.next() % UInt64(Self.smallFiles.count))]
        var bytes = try Array(Data(contentsOf: CSVCorpus.root.appendingPathComponent(file)))
        let specials: [UInt8] = Array(",;|\t\"'\\\r\n#".utf8) + [0x00, 0xFF, 0xC3]
        for _ in 0..<(1 + Int(generator.next() % 6)) where !bytes.isEmpty {
            let at = Int(generator.next() % UInt64(bytes.count))
            switch generator.next() % 3 {
            case 0: bytes[at] = specials[Int(generator.next() % UInt64(specials.count))]
            case 1: bytes.removeSubrange(at...)
            default: bytes.insert(contentsOf: bytes[at...].prefix(40), at: at)
            }
        }
        do {
            let sniff = try CSVSniffer().sniff(sample: bytes, isComplete: true, name: file)
            for ragged in CSVReaderOptions.Ragged.allCases {
                let reader = CSVReader(
                    source: CSVByteSource(bytes: bytes, name: file), dialect: sniff.dialect,
                    options: CSVReaderOptions(ragged: ragged, chunkBytes: 13))
                do { _ = try reader.readAll() } catch is CodecError {}
            }
        } catch is CodecError {}
    }
}
