extension SigV4Signer: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Names the scope; never the secret key, the session token or anything derived from them (the
    /// default reflection would walk into the signing-key cache).
    package var description: String {
        "SigV4Signer(accessKeyId: \(credentials.accessKeyId), region: \(region), service: \(service))"
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(
            self,
            children: ["credentials": credentials, "region": region, "service": service, "options": options],
            displayStyle: .struct)
    }
}
