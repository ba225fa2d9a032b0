import AWSCore

extension LakeFormationClient {
    /// The data lake settings: admins and the default grants for new databases and tables.
    package func getDataLakeSettings(catalogId: String? = nil) async throws -> LFDataLakeSettings {
        struct Input: Encodable, Sendable { var CatalogId: String? }
        struct Output: Decodable { var DataLakeSettings: LFDataLakeSettings }
        return try await call("GetDataLakeSettings", Input(CatalogId: catalogId), output: Output.self).DataLakeSettings
    }

    /// Replaces the settings as a whole (read, change, put).
    package func putDataLakeSettings(_ settings: LFDataLakeSettings, catalogId: String? = nil) async throws {
        struct Input: Encodable, Sendable { var CatalogId: String?; var DataLakeSettings: LFDataLakeSettings }
        _ = try await call(
            "PutDataLakeSettings", Input(CatalogId: catalogId, DataLakeSettings: settings),
            output: LakeFormationEmptyReply.self)
    }
}
