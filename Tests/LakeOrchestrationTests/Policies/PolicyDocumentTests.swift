import Testing

@testable import LakeOrchestration

@Suite struct PolicyDocumentTests {
    @Test func parsesStringsOrListsAndEveryElement() throws {
        let document = try PolicyDocument(
            json: """
                {"Version": "2012-10-17", "Id": "x",
                 "Statement": {"Sid": "A", "Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"},
                               "NotAction": "s3:*", "NotResource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                               "Condition": {"Bool": {"aws:SecureTransport": false}, "NumericLessThan": {"s3:max-keys": [10, "20"]}}}}
                """)
        #expect(document.version == "2012-10-17")
        #expect(document.id == "x")
        let statement = try #require(document.statements.first)
        #expect(statement.effect == .deny)
        #expect(statement.notPrincipal?.identifiers("AWS") == ["arn:aws:iam::1:root"])
        #expect(statement.notAction == ["s3:*"])
        #expect(statement.notResource == ["arn:aws:s3:::b", "arn:aws:s3:::b/*"])
        #expect(statement.condition?["Bool"]?["aws:SecureTransport"] == ["false"])
        #expect(statement.condition?["NumericLessThan"]?["s3:max-keys"] == ["10", "20"])
    }

    @Test func principalStarMeansAnyone() throws {
        let document = try PolicyDocument(
            json: #"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}"#)
        #expect(document.statements[0].principal == .anyone)
        #expect(document.statements[0].principal == .entities(["AWS": ["*"]]))
        #expect(document.version == nil)
    }

    @Test(arguments: [
        ("[]", "(document)"),
        (#"{"Statement": []}"#, nil),
        (#"{"Version": "2012-10-17"}"#, "Statement"),
        (#"{"Statement": [{"Effect": "allow"}]}"#, "Statement[0].Effect"),
        (#"{"Statement": [{"Effect": "Allow", "Action": [1]}]}"#, "Statement[0].Action[0]"),
        (#"{"Statement": [{"Effect": "Allow", "Principal": "someone"}]}"#, "Statement[0].Principal"),
        (#"{"Statement": [{"Effect": "Allow", "Actions": "s3:*"}]}"#, "Statement[0].Actions"),
        (#"{"Statment": []}"#, "Statment"),
    ])
    func refusesWhatIsNotAPolicyNamingTheElement(text: String, path: String?) {
        do {
            _ = try PolicyDocument(json: text)
            #expect(path == nil, "accepted \(text)")
        } catch {
            guard case .invalidElement(let got, _) = error else {
                Issue.record("expected an element error for \(text), got \(error)")
                return
            }
            #expect(got == path)
        }
    }

    @Test func invalidJSONIsReported() {
        #expect(throws: PolicyDocumentError.self) { try PolicyDocument(json: "{\"Statement\": [") }
    }

    /// A bad policy file names the line and column of the mistake (issue 9, item 14).
    @Test func invalidJSONNamesLineAndColumn() {
        let text =
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\",, \"Action\": \"s3:*\"}\n  ]\n}\n"
        #expect(throws: PolicyDocumentError.invalidJSON(reason: "line 4, column 24: expected a quoted member name")) {
            try PolicyDocument(json: text)
        }
        #expect(PolicyJSON.lineAndColumn(ofByte: 4, in: "é\nab") == (2, 2))
    }

    @Test func equalityIgnoresOrderFormAndActionCase() throws {
        let a = try PolicyDocument(
            json: """
                {"Version":"2012-10-17","Statement":[
                  {"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*"},
                  {"Effect":"Allow","Principal":{"Service":"export.rds.amazonaws.com"},"Action":"sts:AssumeRole"}]}
                """)
        let b = try PolicyDocument(
            json: """
                {"Statement":[
                  {"Action":["sts:assumerole"],"Principal":{"Service":["export.rds.amazonaws.com"]},"Effect":"Allow"},
                  {"Resource":["arn:aws:s3:::b/*"],"Action":["S3:PutObject","s3:getobject","s3:GetObject"],"Effect":"Allow"}],
                 "Version":"2012-10-17"}
                """)
        #expect(a == b)
    }

    @Test func equalityNoticesRealDifferences() throws {
        let base =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#
        let document = try PolicyDocument(json: base)
        for other in [
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#,
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::B/*"}]}"#,
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*"}]}"#,
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#,
            #"{"Version":"2012-10-17","Statement":[{"Sid":"X","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#,
            #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#,
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}"#,
        ] {
            #expect(try PolicyDocument(json: other) != document, "\(other)")
        }
    }

    @Test func canonicalJSONIsStableAndRoundTrips() throws {
        let messy = try PolicyDocument(
            json: """
                {"Statement":[{"Resource":"*","Action":["s3:PutObject","kms:Decrypt","S3:GetObject","s3:PutObject"],"Effect":"Allow",
                  "Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}},"Principal":{"Service":"glue.amazonaws.com"}}],
                 "Version":"2012-10-17"}
                """)
        let expected = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": {
                    "Service": "glue.amazonaws.com"
                  },
                  "Action": [
                    "kms:Decrypt",
                    "S3:GetObject",
                    "s3:PutObject"
                  ],
                  "Resource": "*",
                  "Condition": {
                    "StringEquals": {
                      "aws:SourceAccount": "123456789012"
                    }
                  }
                }
              ]
            }
            """
        #expect(messy.canonicalJSON() == expected)
        #expect(try PolicyDocument(json: expected) == messy)
        #expect(try PolicyDocument(json: messy.canonicalJSON(pretty: false)).canonicalJSON() == expected)
        #expect(messy.canonicalJSON(pretty: false).contains("\n") == false)
    }
}
