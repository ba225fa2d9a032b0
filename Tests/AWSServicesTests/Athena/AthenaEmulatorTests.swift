import AWSCore
import Foundation
import LakeTestSupport
import Testing

@testable import AWSServices

/// Athena against the emulator (signature checking on), whose gap layer runs the SQL with DuckDB over the
/// S3 objects behind the Glue tables.
@Suite struct AthenaEmulatorTests {
    /// A bucket for results and a CSV-backed Glue table `db.sales` (3 rows, one with an empty amount).
    struct Fixture {
        let athena: AthenaClient
        let bucket: String
        let database: String

        static func make() async throws -> Fixture {
            let client = try EmulatorClient.make()
            let s3 = S3Client(client: client)
            let glue = GlueClient(client: client)
            let bucket = EmulatorClient.uniqueName("athena")
            let database = EmulatorClient.uniqueName("sales").replacingOccurrences(of: "-", with: "_")
            try await s3.createBucket(bucket)
            try await s3.putObject(
                bucket: bucket, key: "data/sales/part-0.csv", bytes: Array("1,north,10\n2,south,\n3,north,5\n".utf8))
            try await glue.createDatabase(GlueDatabaseInput(name: database))
            let columns = [
                GlueColumn(name: "id", type: "string"), GlueColumn(name: "region", type: "string"),
                GlueColumn(name: "amount", type: "string"),
            ]
            var descriptor = GlueStorageDescriptor.parquet(columns: columns, location: "s3://\(bucket)/data/sales/")
            descriptor.inputFormat = "org.apache.hadoop.mapred.TextInputFormat"
            descriptor.serdeInfo = GlueSerDeInfo(
                serializationLibrary: "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe",
                parameters: ["field.delim": ","])
            try await glue.createTable(database: database, GlueTableInput(name: "sales", storageDescriptor: descriptor))
            return Fixture(athena: AthenaClient(client: client), bucket: bucket, database: database)
        }

        func start(_ sql: String, token: String = UUID().uuidString, parameters: [String]? = nil) async throws
            -> String
        {
            try await athena.startQueryExecution(
                AthenaStartQueryRequest(
                    queryString: sql, clientRequestToken: token, database: database,
                    outputLocation: "s3://\(bucket)/results/", executionParameters: parameters))
        }

        /// Polls until the state is final, keeping every state seen.
        func wait(_ id: String) async throws -> (AthenaQueryExecution, [AthenaQueryState]) {
            var seen: [AthenaQueryState] = []
            for _ in 0..<50 {
                let execution = try await athena.getQueryExecution(id: id)
                seen.append(execution.status.state)
                if execution.status.state.isFinal { return (execution, seen) }
            }
            throw CancellationError()
        }
    }

    @Test func queryRunsThroughItsLifecycleWithTypedColumnsAndHeaderRow() async throws {
        let f = try await Fixture.make()
        let sql =
            "SELECT region, count(*) AS n, sum(CAST(amount AS integer)) AS total FROM sales GROUP BY region ORDER BY region"
        let token = UUID().uuidString
        let id = try await f.start(sql, token: token)
        #expect(try await f.start(sql, token: token) == id)
        #expect(try await f.start(sql) != id)

        let (execution, seen) = try await f.wait(id)
        #expect(seen == [.queued, .running, .succeeded])
        #expect(execution.query == sql)
        #expect(execution.database == f.database)
        #expect(execution.outputLocation == "s3://\(f.bucket)/results/\(id).csv")
        #expect(execution.statistics?.dataScannedInBytes == Int64("1,north,10\n2,south,\n3,north,5\n".utf8.count))
        #expect(execution.status.completionDateTime != nil)

        let page = try await f.athena.getQueryResults(id: id)
        #expect(page.columns.map(\.name) == ["region", "n", "total"])
        #expect(page.columns.map(\.type) == ["varchar", "bigint", "bigint"])
        #expect(page.rows == [["region", "n", "total"], ["north", "2", "15"], ["south", "1", nil]])
        #expect(page.nextToken == nil)

        let csv = try await S3Client(client: try EmulatorClient.make()).getObject(
            bucket: f.bucket, key: "results/\(id).csv")
        #expect(
            String(decoding: csv.bytes, as: UTF8.self)
                == "\"region\",\"n\",\"total\"\n\"north\",\"2\",\"15\"\n\"south\",\"1\",\n")
    }

    @Test func resultsPageWithMaxResultsAndNextToken() async throws {
        let f = try await Fixture.make()
        let id = try await f.start("SELECT range AS n FROM range(2500)")
        _ = try await f.wait(id)
        var rows: [[String?]] = []
        var pages = 0
        for try await page in f.athena.getQueryResultsPages(id: id, maxResults: 1000) {
            pages += 1
            rows += page.rows
        }
        #expect(pages == 3)
        #expect(rows.count == 2501)
        #expect(rows.first == ["n"])
        #expect(rows.dropFirst().map { $0.first.flatMap { $0 } } == (0..<2500).map { String($0) })
    }

    @Test func failedQueryCarriesTheEngineReasonAndParametersBind() async throws {
        let f = try await Fixture.make()
        let bad = try await f.start("SELECT nosuch FROM sales")
        let (failed, _) = try await f.wait(bad)
        #expect(failed.status.state == .failed)
        #expect(failed.status.stateChangeReason?.contains("nosuch") == true)
        let notReady = await #expect(throws: AWSError.self) { try await f.athena.getQueryResults(id: bad) }
        #expect(notReady?.code == AthenaClient.ErrorCode.invalidRequest)

        let bound = try await f.start(
            "SELECT id FROM sales WHERE region = ? AND CAST(id AS integer) > ?", parameters: ["'north'", "1"])
        _ = try await f.wait(bound)
        #expect(try await f.athena.getQueryResults(id: bound).rows == [["id"], ["3"]])
    }

    @Test func unknownIdIsAnInvalidRequest() async throws {
        let f = try await Fixture.make()
        let error = await #expect(throws: AWSError.self) { try await f.athena.getQueryExecution(id: "no-such-query") }
        #expect(error?.code == AthenaClient.ErrorCode.invalidRequest)
        #expect(error?.statusCode == 400)
    }

    @Test func stopCancelsARunningQueryAndListingsSeeIt() async throws {
        let f = try await Fixture.make()
        let id = try await f.start("SELECT 1")
        try await f.athena.stopQueryExecution(id: id)
        let (execution, _) = try await f.wait(id)
        #expect(execution.status.state == .cancelled)

        let listed = try await f.athena.listQueryExecutions(maxResults: 50)
        #expect(listed.items.contains(id))
        let batch = try await f.athena.batchGetQueryExecution(ids: [id, "no-such-query"])
        #expect(batch.executions.map(\.queryExecutionId) == [id])
        #expect(batch.unprocessed.map(\.queryExecutionId) == ["no-such-query"])
    }

    /// The gap layer answers Athena itself, but only after moto's signature check let the request in.
    @Test func aBadSignatureIsStillRefused() async throws {
        let emulator = try Emulator.current()
        let client = AWSClient(
            region: emulator.region, credentialProvider: TestCredentials(emulator.accessKeyId, "not-the-secret"),
            endpoint: emulator.endpoint,
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 1)))
        let error = await #expect(throws: AWSError.self) {
            try await AthenaClient(client: client).listQueryExecutions()
        }
        #expect(error?.statusCode == 403)
        #expect(error?.code == "SignatureDoesNotMatch")
    }
}
