import Testing

@testable import AWSCore

@Suite struct AWSErrorDecoderTests {
    private func decode(
        _ status: Int, _ body: String, headers: [HTTPHeader] = [], _ wire: WireProtocol, service: String = "Glue",
        operation: String = "GetDatabase"
    ) -> AWSError {
        AWSErrorDecoder.decode(
            HTTPResponse.text(status, body, headers: headers), service: service, operation: operation, protocol: wire)
    }

    @Test func queryErrorResponse() {
        let error = decode(
            403, RecordedReplies.stsSignatureError, .query, service: "STS", operation: "GetCallerIdentity")
        #expect(error.code == "SignatureDoesNotMatch")
        #expect(error.statusCode == 403)
        #expect(error.requestId == "4f6d7a1c-2b0e-4b5e-9d3c-0a1b2c3d4e5f")
        #expect(error.message?.hasPrefix("The request signature we calculated") == true)
        #expect(
            error.description
                == "STS GetCallerIdentity failed: SignatureDoesNotMatch (HTTP 403): \(error.message ?? "") [request id 4f6d7a1c-2b0e-4b5e-9d3c-0a1b2c3d4e5f]"
        )
    }

    @Test func jsonTypeAndLowercaseMessage() {
        let error = decode(
            400, RecordedReplies.glueEntityNotFound,
            headers: [
                HTTPHeader("X-Amzn-ErrorType", "EntityNotFoundException"), HTTPHeader("x-amzn-requestid", "fzPV"),
            ],
            .json(version: "1.1"))
        #expect(error.code == "EntityNotFoundException")
        #expect(error.message == "Database lake not found.")
        #expect(error.requestId == "fzPV")
    }

    @Test func jsonNamespacedTypeIsStripped() {
        let error = decode(400, RecordedReplies.namespacedJSONError, .json(version: "1.1"))
        #expect(error.code == "NotFoundException")
        #expect(error.message == "Key 'alias/x' does not exist")
    }

    @Test func restJSONHeaderCodeWithSuffix() {
        let error = decode(
            403, #"{"Message":"Insufficient Lake Formation permission(s)"}"#,
            headers: [
                HTTPHeader(
                    "x-amzn-ErrorType",
                    "AccessDeniedException:http://internal.amazon.com/coral/com.amazonaws.lakeformation/")
            ],
            .restJSON)
        #expect(error.code == "AccessDeniedException")
        #expect(error.message == "Insufficient Lake Formation permission(s)")
    }

    @Test func motoXMLBodyForAJSONService() {
        let error = decode(
            403, RecordedReplies.motoJSONServiceXML403,
            headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8"), HTTPHeader("x-amzn-requestid", "g1Qh")],
            .json(version: "1.1"))
        #expect(error.code == "InvalidClientTokenId")
        #expect(error.message == "The security token included in the request is invalid.")
        #expect(error.requestId == "g1Qh")
    }

    @Test func htmlServerErrorPage() {
        let error = decode(
            500, RecordedReplies.motoHTML500, headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8")],
            .json(version: "1.1"))
        #expect(error.code == "InternalServerError")
        #expect(error.statusCode == 500)
        #expect(error.message?.contains("HTML page (500 Internal Server Error)") == true)
    }

    @Test func s3XMLError() {
        let error = decode(403, RecordedReplies.s3InvalidAccessKey, .restXML, service: "S3", operation: "GetObject")
        #expect(error.code == "InvalidAccessKeyId")
        #expect(error.requestId == "Oxq5dBWC6nAZO7NpIuBS65K4Xv0wEvgSE1ftYUloD45O6hs8PbGO")
    }

    @Test func s3HeadWithoutBodyIsNamedAfterTheStatus() {
        let error = decode(
            404, "", headers: [HTTPHeader("x-amz-request-id", "R1")], .restXML, service: "S3", operation: "HeadObject")
        #expect(error.code == "NotFound")
        #expect(error.message == nil)
        #expect(error.requestId == "R1")
        #expect(error.description == "S3 HeadObject failed: NotFound (HTTP 404) [request id R1]")
    }

    @Test func plainTextBodyBecomesTheMessage() {
        let error = decode(502, "upstream connect error\n", .query)
        #expect(error.code == "BadGateway")
        #expect(error.message == "upstream connect error")
    }

    @Test(arguments: [("x-amz-retry-after", "1500", 1.5), ("Retry-After", "3", 3.0)])
    func retryAfterHints(name: String, value: String, seconds: Double) {
        let error = decode(503, "", headers: [HTTPHeader(name, value)], .json(version: "1.0"))
        #expect(error.retryAfterSeconds == seconds)
    }

    @Test func garbageNeverTraps() {
        for body in ["{", "<", "<Error><Code>", "\u{0}\u{1}", "{\"__type\": 5}", "<a>&bogus;</a>"] {
            let error = decode(400, body, .json(version: "1.1"))
            #expect(error.code == "BadRequest")
        }
    }
}
