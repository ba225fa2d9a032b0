import Testing

@testable import AWSSigV4

@Suite struct SigningCredentialsTests {
    let credentials = SigningCredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        sessionToken: "SESSIONTOKENVALUE")

    @Test func printedFormsNeverContainTheSecretOrToken() {
        var dumped = ""
        dump(credentials, to: &dumped)
        let forms = [
            credentials.description, credentials.debugDescription, "\(credentials)", String(describing: credentials),
            String(reflecting: credentials), dumped, "\([credentials])",
        ]
        for form in forms {
            #expect(!form.contains("wJalrXUtnFEMI"), "secret leaked in: \(form)")
            #expect(!form.contains("SESSIONTOKENVALUE"), "token leaked in: \(form)")
            #expect(form.contains("AKIDEXAMPLE"))
        }
    }

    @Test func descriptionSaysWhetherThereIsAToken() {
        let permanent = SigningCredentials(accessKeyId: "AKID", secretAccessKey: "secret", sessionToken: nil)
        #expect(permanent.description.contains("sessionToken: nil"))
        #expect(credentials.description.contains("sessionToken: <redacted>"))
    }

    @Test func signedRequestDescriptionsDoNotLeakTheSecret() {
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "sts")
        let request = SignableRequest(method: "GET", path: "/", headers: [SignableHeader("Host", "sts.amazonaws.com")])
        let signed = signer.sign(request, payload: PayloadSigning.emptyBody, date: .init(timeIntervalSince1970: 0))
        var dumpedSigner = ""
        dump(signer, to: &dumpedSigner)
        var dumpedSigned = ""
        dump(signed, to: &dumpedSigned)
        let presigned = signer.presign(
            SignableRequest(method: "GET", path: "/", headers: [SignableHeader("Host", "sts.amazonaws.com")]),
            expiresIn: 60, payload: .emptyBody, date: .init(timeIntervalSince1970: 0))
        #expect(presigned.request.query.contains("X-Amz-Security-Token=SESSIONTOKENVALUE"))
        let forms = [
            "\(signed)", String(reflecting: signed), dumpedSigned, "\(signed.request)", "\(signer)",
            String(reflecting: signer), dumpedSigner, "\(presigned)", "\(presigned.request)",
        ]
        for form in forms {
            #expect(!form.contains("wJalrXUtnFEMI"), "secret leaked in: \(form)")
            #expect(!form.contains("SESSIONTOKENVALUE"), "token leaked in: \(form)")
        }
    }
}
