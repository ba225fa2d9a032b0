import LakeOrchestration

extension GlobalOptions {
    /// The AWS session these options describe (profile, region, endpoint), resolved by orchestration.
    func session() throws -> LakeSession {
        try LakeSession.make(sessionOptions)
    }

    var sessionOptions: SessionOptions {
        SessionOptions(profile: profile, region: region, endpointURL: endpointURL)
    }
}
