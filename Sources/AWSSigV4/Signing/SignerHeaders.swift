/// Which of the headers the signer writes a request already carries, found in one pass.
///
/// Checking each name with a case-insensitive comparison per owned header cost more than building the
/// canonical headers; comparing lengths first makes the common case (none present) one integer test
/// per header.
struct SignerHeaders {
    var authorization = false
    var token = false
    var contentSHA256 = false
    var date = false

    static func scan(_ headers: [SignableHeader]) -> SignerHeaders {
        var found = SignerHeaders()
        headers.withUnsafeBufferPointer { headers in
            for index in headers.indices {
                let name = headers[index].name
                switch name.utf8.count {
                case 10: found.date = found.date || HeaderName.equalsIgnoringCase(name, SigV4Signer.dateHeader)
                case 13:
                    found.authorization = found.authorization || HeaderName.equalsIgnoringCase(name, "Authorization")
                case 20:
                    found.token = found.token || HeaderName.equalsIgnoringCase(name, SigV4Signer.tokenHeader)
                    found.contentSHA256 =
                        found.contentSHA256 || HeaderName.equalsIgnoringCase(name, SigV4Signer.contentSHA256Header)
                default: continue
                }
            }
        }
        return found
    }
}
