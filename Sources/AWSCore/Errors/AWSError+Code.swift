extension AWSError {
    /// True when the service answered with `code`. Every service declares the codes its callers branch on as
    /// `<Service>Client.ErrorCode` (a `String` enum, the API reference's spelling), so a check reads the same
    /// for every service: `error.hasCode(GlueClient.ErrorCode.entityNotFound)`.
    package func hasCode<Code: RawRepresentable>(_ code: Code) -> Bool where Code.RawValue == String {
        self.code == code.rawValue
    }
}
