import LakeOrchestration

extension CommonOptions {
    /// The AWS session these options describe (profile, region, endpoint), resolved by orchestration.
    func session() throws -> LakeSession {
        try LakeSession.make(sessionOptions)
    }

    var sessionOptions: SessionOptions {
        SessionOptions(profile: profile, region: region, endpointURL: endpointURL)
    }
}

extension GlobalOptions {
    func session() throws -> LakeSession { try common.session() }
    var sessionOptions: SessionOptions { common.sessionOptions }
}
