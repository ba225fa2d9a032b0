import Testing

@testable import LakeOrchestration

@Suite struct PolicyGeneratorTests {
    static let key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"

    /// AWS-NOTES B3: the export role's permissions, exactly, as canonical text.
    @Test func rdsExportGolden() throws {
        let document = PolicyGenerator.forRDSExport(bucket: "lake-raw", prefix: "/exports/", kmsKeyArn: Self.key)
        let golden = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "ExportBucket",
                  "Effect": "Allow",
                  "Action": [
                    "s3:GetBucketLocation",
                    "s3:ListBucket"
                  ],
                  "Resource": "arn:aws:s3:::lake-raw"
                },
                {
                  "Sid": "ExportObjects",
                  "Effect": "Allow",
                  "Action": [
                    "s3:DeleteObject*",
                    "s3:GetObject*",
                    "s3:PutObject*"
                  ],
                  "Resource": "arn:aws:s3:::lake-raw/exports/*"
                },
                {
                  "Sid": "ExportKey",
                  "Effect": "Allow",
                  "Action": [
                    "kms:CreateGrant",
                    "kms:Decrypt",
                    "kms:DescribeKey",
                    "kms:Encrypt",
                    "kms:GenerateDataKey*",
                    "kms:ReEncrypt*",
                    "kms:RetireGrant"
                  ],
                  "Resource": "\(Self.key)"
                }
              ]
            }
            """
        #expect(document.canonicalJSON() == golden)
        #expect(try PolicyDocument(json: golden) == document)
    }

    @Test func rdsExportWithoutPrefixOrKey() {
        let document = PolicyGenerator.forRDSExport(bucket: "b")
        #expect(document.statements.count == 2)
        #expect(document.statement(sid: "ExportObjects")?.resource == ["arn:aws:s3:::b/*"])
        #expect(!document.canonicalJSON().contains("kms:"))
    }

    @Test(arguments: PolicyPurpose.allCases)
    func everyPurposeScopesS3ToTheBucketAndListsKMSWhenEncrypted(purpose: PolicyPurpose) throws {
        let plain = PolicyGenerator.generate(for: purpose, bucket: "lake", prefix: "raw")
        let encrypted = PolicyGenerator.generate(for: purpose, bucket: "lake", prefix: "raw", kmsKeyArn: Self.key)
        let s3Resources = plain.statements.filter { ($0.action ?? []).contains { $0.hasPrefix("s3:") } }.flatMap {
            $0.resource ?? []
        }
        #expect(!s3Resources.isEmpty)
        #expect(s3Resources.allSatisfy { $0 == "arn:aws:s3:::lake" || $0.hasPrefix("arn:aws:s3:::lake/") })
        #expect(!plain.canonicalJSON().contains("kms:"))
        let kms = try #require(encrypted.statements.first { $0.resource == [Self.key] })
        let actions = Set(kms.action ?? [])
        #expect(actions.isSuperset(of: ["kms:Decrypt", "kms:DescribeKey"]))
        if purpose != .glueCrawler {
            #expect(actions.isSuperset(of: ["kms:Encrypt", "kms:GenerateDataKey*"]))
        }
        // The canonical text parses back to the same document.
        #expect(try PolicyDocument(json: encrypted.canonicalJSON()) == encrypted)
        #expect(!encrypted.canonicalJSON().contains("\"Action\": \"*\""))
    }

    @Test func trustPolicyForAService() throws {
        let trust = TrustPolicy.service("export.rds.amazonaws.com")
        #expect(
            trust.canonicalJSON(pretty: false)
                == #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"export.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        )
        let aws = try PolicyDocument(
            json:
                #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["export.rds.amazonaws.com"]},"Action":["sts:AssumeRole"]}]}"#
        )
        #expect(aws == trust)
        #expect(TrustPolicy.service("glue.amazonaws.com") != trust)
    }
}
