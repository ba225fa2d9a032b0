extension SnapshotExportPipeline {
    /// The pipeline on a session's client (the CLI's way in; tests may pass a client directly).
    package init(session: LakeSession) {
        self.init(client: session.client)
    }
}
