import AWSCore
import Foundation
import Testing

@testable import AWSServices

/// RDS replies in the real query-protocol format, read without a network.
@Suite struct RDSShapeTests {
    static let describeExportTasks = """
        <DescribeExportTasksResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/">
          <DescribeExportTasksResult>
            <Marker>eyJtYXJrZXIiOiAiMiJ9</Marker>
            <ExportTasks>
              <ExportTask>
                <ExportTaskIdentifier>lakectl-shop-20261124</ExportTaskIdentifier>
                <ExportTaskArn>arn:aws:rds:eu-west-1:123456789012:export-task:lakectl-shop-20261124</ExportTaskArn>
                <SourceArn>arn:aws:rds:eu-west-1:123456789012:snapshot:shop-nightly</SourceArn>
                <SourceType>SNAPSHOT</SourceType>
                <ExportOnly><member>shop</member><member>shop.orders</member></ExportOnly>
                <SnapshotTime>2026-11-24T02:00:11.250Z</SnapshotTime>
                <TaskStartTime>2026-11-24T09:00:00Z</TaskStartTime>
                <S3Bucket>lake-raw-eu</S3Bucket>
                <S3Prefix>exports/rds</S3Prefix>
                <IamRoleArn>arn:aws:iam::123456789012:role/lakectl-rds-export</IamRoleArn>
                <KmsKeyId>arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab</KmsKeyId>
                <Status>IN_PROGRESS</Status>
                <PercentProgress>55</PercentProgress>
                <TotalExtractedDataInGB>3</TotalExtractedDataInGB>
                <WarningMessage>{"skippedTables":[],"skippedObjectives":[],"general":[]}</WarningMessage>
              </ExportTask>
              <ExportTask>
                <ExportTaskIdentifier>old-export</ExportTaskIdentifier>
                <SourceArn>arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:aurora-nightly</SourceArn>
                <SourceType>CLUSTER</SourceType>
                <S3Bucket>lake-raw-us</S3Bucket>
                <Status>FAILED</Status>
                <PercentProgress>0</PercentProgress>
                <TotalExtractedDataInGB>0</TotalExtractedDataInGB>
                <FailureCause>The S3 bucket lake-raw-us isn't located in the current AWS Region. Please, review your S3 bucket name and retry the export.</FailureCause>
              </ExportTask>
            </ExportTasks>
          </DescribeExportTasksResult>
          <ResponseMetadata><RequestId>b4d8e8a5-1f1b-4a3e-9d53-4f7c2e1b7a11</RequestId></ResponseMetadata>
        </DescribeExportTasksResponse>
        """

    @Test func describeExportTasksReplyIsDecoded() async throws {
        let transport = OneReplyTransport(Self.describeExportTasks)
        let client = AWSClient(
            region: "eu-west-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: transport)
        let page = try await RDSClient(client: client).describeExportTasks(
            filters: [.status(.inProgress, .failed), .s3Bucket("lake-raw-eu")], maxRecords: 5)
        #expect(page.nextToken == "eyJtYXJrZXIiOiAiMiJ9")
        #expect(page.items.count == 2)
        let running = try #require(page.items.first)
        #expect(running.identifier == "lakectl-shop-20261124")
        #expect(running.status == .inProgress)
        #expect(running.percentProgress == 55)
        #expect(running.totalExtractedDataInGB == 3)
        #expect(running.exportOnly == ["shop", "shop.orders"])
        #expect(running.s3Prefix == "exports/rds")
        #expect(running.sourceType == "SNAPSHOT")
        #expect(running.taskStartTime == Date(timeIntervalSince1970: 1_795_510_800))
        #expect(running.snapshotTime != nil)
        #expect(running.warningMessage?.hasPrefix("{\"skippedTables\"") == true)
        #expect(running.failureCause == nil)
        let failed = page.items[1]
        #expect(failed.status == .failed)
        #expect(failed.status.isFinal)
        #expect(failed.failureCause?.contains("isn't located in the current AWS Region") == true)

        // Filters travel as Filters.Filter.N.Name / .Values.Value.M; MaxRecords is raised to RDS's minimum.
        let sent = try #require(await transport.requests.first)
        guard case .bytes(let body) = sent.body else {
            Issue.record("expected a form body")
            return
        }
        let form = String(decoding: body, as: UTF8.self)
        #expect(
            form.contains(
                "Filters.Filter.1.Name=status&Filters.Filter.1.Values.Value.1=in_progress&Filters.Filter.1.Values.Value.2=failed"
            ))
        #expect(form.contains("Filters.Filter.2.Name=s3-bucket&Filters.Filter.2.Values.Value.1=lake-raw-eu"))
        #expect(form.contains("MaxRecords=20"))
    }

    @Test(arguments: [
        ("STARTING", RDSExportTaskStatus.starting), ("in_progress", .inProgress), ("complete", .complete),
        ("COMPLETE", .complete), ("Canceling", .canceling), ("CANCELED", .canceled), ("FAILED", .failed),
        ("PAUSED", .other("PAUSED")),
    ])
    func statusIsReadCaseInsensitively(text: String, status: RDSExportTaskStatus) {
        #expect(RDSExportTaskStatus(text) == status)
    }

    @Test func snapshotsAndTheirRegion() async throws {
        let reply = """
            <DescribeDBSnapshotsResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/">
              <DescribeDBSnapshotsResult>
                <DBSnapshots>
                  <DBSnapshot>
                    <DBSnapshotIdentifier>shop-nightly</DBSnapshotIdentifier>
                    <DBSnapshotArn>arn:aws:rds:eu-west-1:123456789012:snapshot:shop-nightly</DBSnapshotArn>
                    <DBInstanceIdentifier>shop-db</DBInstanceIdentifier>
                    <SnapshotCreateTime>2026-11-24T02:00:11.250Z</SnapshotCreateTime>
                    <Engine>mysql</Engine><EngineVersion>8.0.39</EngineVersion>
                    <Status>available</Status><SnapshotType>manual</SnapshotType>
                    <Encrypted>true</Encrypted>
                    <KmsKeyId>arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab</KmsKeyId>
                  </DBSnapshot>
                </DBSnapshots>
              </DescribeDBSnapshotsResult>
            </DescribeDBSnapshotsResponse>
            """
        let client = AWSClient(
            region: "eu-west-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: OneReplyTransport(reply))
        let snapshot = try await RDSClient(client: client).findSnapshot("shop-nightly")
        #expect(snapshot.kind == .instance)
        #expect(snapshot.identifier == "shop-nightly")
        #expect(snapshot.sourceIdentifier == "shop-db")
        #expect(snapshot.status == "available")
        #expect(snapshot.engine == "mysql")
        #expect(snapshot.encrypted)
        #expect(snapshot.kmsKeyId?.hasSuffix("1234567890ab") == true)
        #expect(snapshot.region == "eu-west-1")
    }

    @Test func notFoundErrorsKeepTheirCode() async throws {
        let reply = """
            <ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/">
              <Error><Type>Sender</Type><Code>ExportTaskNotFound</Code><Message>Cannot cancel export task because a task with the identifier nope is not exist.</Message></Error>
              <RequestId>5e0c8b1a-7f1e-4c39-9a53-1b0b7a3f0c22</RequestId>
            </ErrorResponse>
            """
        let client = AWSClient(
            region: "us-east-1", credentialProvider: TestCredentials(), endpoint: "http://127.0.0.1:9",
            transport: OneReplyTransport(status: 404, reply),
            retryStrategy: StandardRetryStrategy(configuration: RetryConfiguration(maxAttempts: 1)))
        let error = await #expect(throws: AWSError.self) {
            try await RDSClient(client: client).cancelExportTask("nope")
        }
        #expect(error?.hasCode(RDSClient.ErrorCode.exportTaskNotFound) == true)
        #expect(error?.requestId == "5e0c8b1a-7f1e-4c39-9a53-1b0b7a3f0c22")
    }

    @Test(arguments: [
        ("arn:aws:rds:eu-west-1:123456789012:snapshot:shop-nightly", "eu-west-1", "snapshot:shop-nightly"),
        ("arn:aws-cn:rds:cn-north-1:123456789012:cluster-snapshot:a:b", "cn-north-1", "cluster-snapshot:a:b"),
    ])
    func arnParts(arn: String, region: String, resource: String) throws {
        let parts = try #require(ARNParts(arn))
        #expect(parts.region == region)
        #expect(parts.resource == resource)
        #expect(ARNParts("shop-nightly") == nil)
    }
}
