import Foundation
import Testing

@testable import LakeCodec

@Suite("CSVSchemaInference")
struct CSVSchemaInferenceTests {
    func infer(_ text: String, _ rules: InferenceRules) throws -> FileSchema {
        let tree = try TempTree()
        defer { tree.remove() }
        return try SchemaInferrer(rules: rules).infer(path: try tree.write("f.csv", text))
    }

    func describe(_ s: FileSchema) -> String { s.columns.map { "\($0.name):\($0.type)" }.joined(separator: ",") }

    @Test("Glue's header rule: an all-string file has no header, its first row is data, columns are colN")
    func allStringNoHeader() throws {
        let glue = try infer("name,city\nann,paris\nbob,rome\n", .glue)
        #expect(describe(glue) == "col0:string,col1:string")
        #expect(glue.csv?.hasHeader == false)
        #expect(glue.recordsSampled == 3)
        // DuckDB's rule (full) says header.
        let full = try infer("name,city\nann,paris\nbob,rome\n", .full)
        #expect(describe(full) == "name:string,city:string")
    }

    @Test("a header when some data column is not a string; names lower-cased")
    func header() throws {
        let s = try infer("Id,Name,Score\n1,ann,2.5\n2,bob,3\n", .glue)
        #expect(describe(s) == "id:bigint,name:string,score:double")
        #expect(s.csv?.hasHeader == true)
    }

    @Test("glue keeps dates, timestamps and decimals as string/double; full detects them")
    func rulesDiffer() throws {
        let text =
            "d,ts,amount,flag\n2024-01-02,2024-01-02 03:04:05,12.50,TRUE\n2024-02-03,2024-02-03 00:00:00,3.25,FALSE\n"
        #expect(describe(try infer(text, .glue)) == "d:string,ts:string,amount:double,flag:boolean")
        #expect(describe(try infer(text, .full)) == "d:date,ts:timestamp,amount:decimal(4,2),flag:boolean")
    }

    @Test("glue samples the first 1,000 records; full reads every row")
    func sampling() throws {
        var text = "id,v\n"
        for i in 0..<1_500 { text += "\(i),\(i)\n" }
        text += "x,abc\n"
        #expect(describe(try infer(text, .glue)) == "id:bigint,v:bigint")
        #expect(describe(try infer(text, .full)) == "id:string,v:string")
    }

    @Test("quoted fields choose OpenCSVSerDe; unquoted LazySimpleSerDe with field.delim")
    func serde() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        let quoted = try SchemaInferrer().infer(
            path: tree.copy(TempTree.csvCorpus.appendingPathComponent("titanic.csv"), to: "t.csv"))
        let t = GlueTableDefinition(name: "t", location: "file:///x/", schemas: [quoted])
        #expect(t.serializationLibrary == GlueTableDefinition.openCSVSerDe)
        #expect(t.serdeParameters.map(\.0) == ["separatorChar", "quoteChar"])
        #expect(t.parameters.contains { $0 == ("skip.header.line.count", "1") })
        let pipe = try SchemaInferrer().infer(
            path: tree.copy(TempTree.csvCorpus.appendingPathComponent("venue_pipe.csv"), to: "v.csv"))
        let v = GlueTableDefinition(name: "v", location: "file:///x/", schemas: [pipe])
        #expect(v.serializationLibrary == GlueTableDefinition.lazySimpleSerDe)
        #expect(v.serdeParameters.elementsEqual([("field.delim", "|")], by: ==))
        #expect(
            describe(pipe) == "venueid:bigint,venuename:string,venuecity:string,venuestate:string,venueseats:string")
        // `\\N` (Hive's NULL) in venueseats is text to both Glue's ladder and DuckDB's.
    }

    @Test("OpenCSVSerDe tables read dates only as epoch numbers, so full-rule dates become string there")
    func openCSVDates() throws {
        let s = try infer("\"d\",\"n\"\n\"2024-01-02\",\"1\"\n\"2024-01-03\",\"2\"\n", .full)
        #expect(describe(s) == "d:date,n:bigint")
        let t = GlueTableDefinition(name: "t", location: "file:///x/", schemas: [s])
        #expect(t.columns.map(\.type) == [.string, .bigint])
        #expect(t.notes.count == 1 && t.notes[0].contains("OpenCSVSerDe"))
    }

    /// Full-rule types against DuckDB's `sniff_csv` (the corpus's `.duckdb.json`), DECIMAL counted as
    /// agreeing with DOUBLE (DuckDB's ladder has no decimal) and TIME with string (Glue has no TIME).
    @Test("full-rule CSV types agree with DuckDB's sniffer on most of the corpus")
    func duckDBAgreement() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TempTree.csvCorpus.path)
            .filter { $0.hasSuffix(".csv") }.sorted()
        var agreeColumns = 0, totalColumns = 0, agreeFiles = 0, totalFiles = 0
        var disagreements: [String] = []
        for file in files {
            let path = TempTree.csvCorpus.appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: path + ".duckdb.json"),
                let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let sniff = json["sniff"] as? [String: Any], let columns = sniff["Columns"] as? [[String: Any]]
            else { continue }
            guard let ours = try? SchemaInferrer(rules: .full).infer(path: path), ours.columns.count == columns.count
            else {
                disagreements.append("\(file): could not infer or column count differs")
                totalFiles += 1
                continue
            }
            totalFiles += 1
            var fileAgrees = true
            for (field, column) in zip(ours.columns, columns) {
                totalColumns += 1
                let duck = (column["type"] as? String) ?? ""
                if Self.agrees(field.type, duck) {
                    agreeColumns += 1
                } else {
                    fileAgrees = false
                    disagreements.append("\(file).\(field.name): ours \(field.type), DuckDB \(duck)")
                }
            }
            if fileAgrees { agreeFiles += 1 }
        }
        print("DuckDB agreement: \(agreeFiles)/\(totalFiles) files, \(agreeColumns)/\(totalColumns) columns")
        for d in disagreements { print("  differs: \(d)") }
        #expect(totalFiles >= 20)
        #expect(Double(agreeColumns) >= 0.8 * Double(totalColumns))
    }

    static func agrees(_ ours: GlueType, _ duck: String) -> Bool {
        switch (ours, duck) {
        case (.boolean, "BOOLEAN"), (.bigint, "BIGINT"), (.double, "DOUBLE"), (.decimal, "DOUBLE"), (.date, "DATE"),
            (.timestamp, "TIMESTAMP"), (.string, "VARCHAR"), (.string, "TIME"),
            (.timestamp, "TIMESTAMP WITH TIME ZONE"):
            return true
        default:
            return false
        }
    }
}
