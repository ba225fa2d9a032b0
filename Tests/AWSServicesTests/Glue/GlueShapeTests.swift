import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// Glue replies in the real awsJson1.1 format (epoch-second timestamps), read without a network.
@Suite struct GlueShapeTests {
    static let getTable = """
        {"Table":{"Name":"orders","DatabaseName":"shop","Owner":"lakectl","CreateTime":1.795510800123E9,
        "UpdateTime":1795510900,"LastAccessTime":0.0,"Retention":0,
        "StorageDescriptor":{"Columns":[{"Name":"order_id","Type":"bigint"},{"Name":"amount","Type":"decimal(10,2)","Comment":"EUR"},
        {"Name":"ordered_at","Type":"timestamp"}],"Location":"s3://lake-raw/rds/shop/export-1/shop/shop.orders/",
        "InputFormat":"org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
        "OutputFormat":"org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat","Compressed":false,"NumberOfBuckets":-1,
        "SerdeInfo":{"SerializationLibrary":"org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe","Parameters":{"serialization.format":"1"}},
        "BucketColumns":[],"SortColumns":[],"Parameters":{},"StoredAsSubDirectories":false},
        "PartitionKeys":[{"Name":"year","Type":"string"}],"TableType":"EXTERNAL_TABLE",
        "Parameters":{"classification":"parquet","managed-by":"lakectl"},"CreatedBy":"arn:aws:iam::123456789012:user/lake",
        "IsRegisteredWithLakeFormation":false,"CatalogId":"123456789012","VersionId":"1"}}
        """

    @Test func getTableReplyIsDecoded() async throws {
        let transport = OneReplyTransport(Self.getTable)
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: transport)
        let table = try await GlueClient(client: client).getTable(database: "shop", name: "orders")
        #expect(table.name == "orders")
        #expect(table.databaseName == "shop")
        #expect(table.tableType == "EXTERNAL_TABLE")
        #expect(table.createTime?.timeIntervalSince1970 == 1_795_510_800.123)
        #expect(table.updateTime == Date(timeIntervalSince1970: 1_795_510_900))
        let descriptor = try #require(table.storageDescriptor)
        #expect(descriptor.columns?.map(\.name) == ["order_id", "amount", "ordered_at"])
        #expect(descriptor.columns?[1] == GlueColumn(name: "amount", type: "decimal(10,2)", comment: "EUR"))
        #expect(descriptor.location == "s3://lake-raw/rds/shop/export-1/shop/shop.orders/")
        #expect(
            descriptor.serdeInfo?.serializationLibrary == "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe")
        #expect(descriptor.serdeInfo?.parameters == ["serialization.format": "1"])
        #expect(descriptor.compressed == false)
        #expect(table.partitionKeys == [GlueColumn(name: "year", type: "string")])
        #expect(table.parameters?["classification"] == "parquet")

        let sent = try #require(await transport.requests.first)
        #expect(sent.headers.value(for: "X-Amz-Target") == "AWSGlue.GetTable")
        #expect(sent.headers.value(for: "Content-Type") == "application/x-amz-json-1.1")
        #expect(sent.body == .bytes(Array(#"{"DatabaseName":"shop","Name":"orders"}"#.utf8)))
    }

    /// UpdateTable sends the definition without the read-only fields, in the API's field names.
    @Test func tableInputEncodesWithAPINames() throws {
        let input = GlueTableInput(
            name: "customers", parameters: ["classification": "parquet"],
            storageDescriptor: .parquet(columns: [GlueColumn(name: "customer_id", type: "int")], location: "s3://b/p/"),
            partitionKeys: [])
        let json = String(decoding: try JSONProtocol.encoder().encode(input), as: UTF8.self)
        #expect(json.contains(#""Name":"customers""#))
        #expect(json.contains(#""TableType":"EXTERNAL_TABLE""#))
        #expect(json.contains(#""Columns":[{"Name":"customer_id","Type":"int"}]"#))
        #expect(json.contains(#""SerializationLibrary":"org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe""#))
        #expect(!json.contains("CreateTime"))
    }

    @Test func pagesFollowNextTokenAndStopOnAnEmptyOne() async throws {
        let replies = [
            #"{"DatabaseList":[{"Name":"a"}],"NextToken":"t1"}"#, #"{"DatabaseList":[{"Name":"b"}],"NextToken":""}"#,
        ]
        let transport = ScriptedTransport(replies)
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: transport)
        let names = try await GlueClient(client: client).allDatabases().map(\.name)
        #expect(names == ["a", "b"])
        let bodies = await transport.requests.map(\.body)
        #expect(bodies == [.bytes(Array("{}".utf8)), .bytes(Array(#"{"NextToken":"t1"}"#.utf8))])
    }

    @Test func notFoundKeepsGluesCode() async throws {
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: OneReplyTransport(
                status: 400, #"{"__type":"EntityNotFoundException","Message":"Database nope not found."}"#))
        let error = await #expect(throws: AWSError.self) { try await GlueClient(client: client).getDatabase("nope") }
        #expect(error?.hasCode(GlueClient.ErrorCode.entityNotFound) == true)
        #expect(error?.message == "Database nope not found.")
    }
}

/// Answers with the given bodies in turn (the last one repeats) and keeps what was sent.
actor ScriptedTransport: HTTPTransport {
    let replies: [String]
    private(set) var requests: [HTTPRequest] = []

    init(_ replies: [String]) {
        self.replies = replies
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        let body = replies[min(requests.count, replies.count) - 1]
        return HTTPResponse(status: 200, body: Array(body.utf8))
    }

    func send(_ request: HTTPRequest, writingBodyTo path: String) async throws -> HTTPResponse {
        try await send(request)
    }
}
