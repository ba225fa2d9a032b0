import AWSCore
import AWSServices
import Testing

@testable import LakeOrchestration

/// The session resolves everything before the first call: region, and an endpoint per service declared in
/// `ServiceCatalog` (no list of service ids anywhere above the services).
@Suite struct LakeSessionTests {
    private let base = ["AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"]

    @Test func noRegionIsRefusedBeforeAnyCall() {
        #expect(throws: SessionError.noRegion(profile: "default")) {
            try LakeSession.make(SessionOptions(), environment: base)
        }
    }

    @Test func regionAndItsSourceComeFromTheOptionsFirst() throws {
        var env = base
        env["AWS_REGION"] = "eu-west-1"
        let fromEnv = try LakeSession.make(SessionOptions(), environment: env)
        #expect(fromEnv.regionName == "eu-west-1")
        let fromFlag = try LakeSession.make(SessionOptions(region: "us-west-2"), environment: env)
        #expect(fromFlag.regionName == "us-west-2")
        #expect(fromFlag.regionSource != fromEnv.regionSource)
    }

    @Test func everyCataloguedServiceGetsItsOwnEndpointOverride() throws {
        var env = base
        env["AWS_REGION"] = "us-east-1"
        env["AWS_ENDPOINT_URL_GLUE"] = "http://127.0.0.1:9"
        env["AWS_ENDPOINT_URL"] = "http://127.0.0.1:8"
        let config = try ResolvedConfig.load(environment: env)
        let table = try EndpointTable(config: config, flag: nil)
        #expect(table.url(for: GlueClient.service) == "http://127.0.0.1:9")
        for service in ServiceCatalog.all where service.serviceId != "Glue" {
            #expect(table.url(for: service) == "http://127.0.0.1:8", "\(service.serviceId)")
        }
        // `--endpoint-url` wins over both, as in the AWS CLI.
        let flagged = try EndpointTable(config: config, flag: "http://127.0.0.1:7")
        #expect(ServiceCatalog.all.allSatisfy { flagged.url(for: $0) == "http://127.0.0.1:7" })
        #expect(
            Set(ServiceCatalog.all.map(\.serviceId)) == [
                "STS", "IAM", "KMS", "S3", "RDS", "Glue", "Athena", "LakeFormation", "Firehose",
                "CloudWatch Logs", "Resource Groups Tagging API",
            ])
    }
}
