import Testing

@testable import AWSCore

@Suite struct DefaultEndpointTests {
    let glue = ServiceConfig(
        serviceId: "Glue", signingName: "glue", wireProtocol: .json(version: "1.1"), apiVersion: "2017-03-31",
        jsonTargetPrefix: "AWSGlue")
    let iam = ServiceConfig(
        serviceId: "IAM", signingName: "iam", wireProtocol: .query, apiVersion: "2010-05-08", isGlobal: true)

    @Test func regionalServices() {
        #expect(
            DefaultEndpoint.resolve(glue, region: "eu-central-1", override: nil)
                == ServiceEndpoint(
                    url: "https://glue.eu-central-1.amazonaws.com", signingRegion: "eu-central-1", isCustom: false))
        #expect(
            DefaultEndpoint.resolve(glue, region: "cn-north-1", override: nil).url
                == "https://glue.cn-north-1.amazonaws.com.cn")
    }

    @Test func iamIsGlobalAndSignedForUSEast1() {
        #expect(
            DefaultEndpoint.resolve(iam, region: "eu-west-1", override: nil)
                == ServiceEndpoint(url: "https://iam.amazonaws.com", signingRegion: "us-east-1", isCustom: false))
        #expect(
            DefaultEndpoint.resolve(iam, region: "eu-west-1", override: "http://127.0.0.1:5000").signingRegion
                == "us-east-1")
    }

    @Test func overrideIsUsedAsGiven() {
        #expect(
            DefaultEndpoint.resolve(glue, region: "us-west-2", override: "http://127.0.0.1:5000//")
                == ServiceEndpoint(url: "http://127.0.0.1:5000", signingRegion: "us-west-2", isCustom: true))
    }
}
