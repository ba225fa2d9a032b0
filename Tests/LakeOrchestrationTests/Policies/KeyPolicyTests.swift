import Testing

@testable import LakeOrchestration

@Suite struct KeyPolicyTests {
    static let role = "arn:aws:iam::123456789012:role/lake-export"
    static let defaultPolicy = """
        {"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow",
         "Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]}
        """

    @Test func addsTheRoleOnceAndKeepsTheRest() throws {
        let original = try PolicyDocument(json: Self.defaultPolicy)
        #expect(!KeyPolicy.grants(original, roleArn: Self.role))
        let (updated, changed) = KeyPolicy.granting(original, roleArn: Self.role)
        #expect(changed)
        #expect(updated.statements.count == 2)
        #expect(updated.statement(sid: "Enable IAM User Permissions") == original.statements[0])
        #expect(updated.statement(sid: "lakectl-export-lake-export")?.principal?.identifiers("AWS") == [Self.role])
        #expect(KeyPolicy.grants(updated, roleArn: Self.role))
        // Through text and back (as KMS would store it), a second merge changes nothing.
        let stored = try PolicyDocument(json: updated.canonicalJSON())
        let (again, changedAgain) = KeyPolicy.granting(stored, roleArn: Self.role)
        #expect(!changedAgain)
        #expect(again == stored)
    }

    @Test func wildcardsAndOtherFormsCount() throws {
        let byWildcard = try PolicyDocument(
            json: """
                {"Statement":[{"Effect":"Allow","Principal":{"AWS":["\(Self.role)"]},"Action":"KMS:*","Resource":"*"}]}
                """)
        #expect(KeyPolicy.grants(byWildcard, roleArn: Self.role))
        let partial = try PolicyDocument(
            json: """
                {"Statement":[{"Effect":"Allow","Principal":{"AWS":"\(Self.role)"},"Action":["kms:Encrypt","kms:Decrypt"],"Resource":"*"}]}
                """)
        #expect(!KeyPolicy.grants(partial, roleArn: Self.role))
        let denied = try PolicyDocument(
            json: """
                {"Statement":[{"Effect":"Allow","Principal":{"AWS":"\(Self.role)"},"Action":"kms:*","Resource":"*"},
                              {"Effect":"Deny","Principal":{"AWS":"\(Self.role)"},"Action":"kms:Decrypt","Resource":"*"}]}
                """)
        #expect(!KeyPolicy.grants(denied, roleArn: Self.role))
    }

    @Test func replacesAStaleLakectlStatement() throws {
        var stale = try PolicyDocument(json: Self.defaultPolicy)
        stale.statements.append(KeyPolicy.grantStatement(roleArn: Self.role, actions: ["kms:Decrypt"]))
        let (updated, changed) = KeyPolicy.granting(stale, roleArn: Self.role)
        #expect(changed)
        #expect(updated.statements.count == 2)
        #expect(KeyPolicy.grants(updated, roleArn: Self.role))
    }

    @Test(arguments: [
        ("kms:*", "kms:Decrypt", true), ("kms:GenerateDataKey*", "kms:GenerateDataKeyWithoutPlaintext", true),
        ("kms:GenerateDataKey*", "kms:GenerateDataKey*", true), ("kms:ReEncrypt*", "kms:Decrypt", false),
        ("KMS:DECRYPT", "kms:Decrypt", true), ("kms:?ncrypt", "kms:Encrypt", true), ("*", "s3:GetObject", true),
        ("kms:Decrypt", "kms:DecryptX", false),
    ])
    func actionPatterns(pattern: String, action: String, expected: Bool) {
        #expect(ActionPattern.matches(pattern: pattern, action: action) == expected)
    }
}
