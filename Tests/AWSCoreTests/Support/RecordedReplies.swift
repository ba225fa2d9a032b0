/// Replies recorded from AWS documentation and from moto 5.2.1 (captured with curl on 2026-11-24), kept
/// verbatim so decoders are tested against the real formats.
enum RecordedReplies {
    /// STS GetCallerIdentity, as in the STS API reference example.
    static let stsGetCallerIdentity = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
            <UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>
            <Account>123456789012</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata>
            <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
          </ResponseMetadata>
        </GetCallerIdentityResponse>
        """

    /// A query-protocol error from AWS STS.
    static let stsSignatureError = """
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error>
            <Type>Sender</Type>
            <Code>SignatureDoesNotMatch</Code>
            <Message>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.</Message>
          </Error>
          <RequestId>4f6d7a1c-2b0e-4b5e-9d3c-0a1b2c3d4e5f</RequestId>
        </ErrorResponse>
        """

    /// moto: Glue (JSON 1.1) GetDatabase for a missing database, 400 with `X-Amzn-ErrorType`.
    static let glueEntityNotFound = #"{"__type": "EntityNotFoundException", "message": "Database lake not found."}"#

    /// moto: a JSON service (Glue) refusing an unknown key: 403, XML body, labelled text/html.
    static let motoJSONServiceXML403 = """
        <?xml version="1.0" encoding="utf-8"?>
        <ErrorResponse><Errors><Error><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>
        """

    /// moto/Werkzeug: an unimplemented action (Glue GetCrawlerMetrics), 500 text/html.
    static let motoHTML500 = """
        <!doctype html>
        <html lang=en>
        <title>500 Internal Server Error</title>
        <h1>Internal Server Error</h1>
        <p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>
        """

    /// moto: S3 with an unknown access key, 403 application/xml.
    static let s3InvalidAccessKey = """
        <?xml version="1.0" encoding="utf-8"?>
        <Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><RequestId>Oxq5dBWC6nAZO7NpIuBS65K4Xv0wEvgSE1ftYUloD45O6hs8PbGO</RequestId><HostId>9Gjjt1m+cjU4OPvX9O9/8RuvnG41MRb/18Oux2o5H5MY7ISNTlXN+Dz9IG62/ILVxhAGI0qyPfg=</HostId></Error>
        """

    /// A namespaced JSON 1.0 error with the `:http://…` suffix some services append.
    static let namespacedJSONError =
        #"{"__type":"com.amazonaws.kms#NotFoundException:http://internal.amazon.com/coral/","Message":"Key 'alias/x' does not exist"}"#
}
