import Foundation

/// A workgroup as GetWorkGroup returns it (API_WorkGroup), the settings lakectl manages flattened: where
/// results go, the per-query scan cutoff (Athena cancels a query that scans more), and whether those
/// settings override what each query asks for.
package struct AthenaWorkGroup: Decodable, Sendable, Equatable {
    package var name: String
    package var state: String?
    package var description: String?
    package var outputLocation: String?
    package var bytesScannedCutoffPerQuery: Int64?
    package var enforceWorkGroupConfiguration: Bool?
    package var creationTime: Date?

    package init(
        name: String, state: String? = nil, description: String? = nil, outputLocation: String? = nil,
        bytesScannedCutoffPerQuery: Int64? = nil, enforceWorkGroupConfiguration: Bool? = nil,
        creationTime: Date? = nil
    ) {
        self.name = name
        self.state = state
        self.description = description
        self.outputLocation = outputLocation
        self.bytesScannedCutoffPerQuery = bytesScannedCutoffPerQuery
        self.enforceWorkGroupConfiguration = enforceWorkGroupConfiguration
        self.creationTime = creationTime
    }

    private struct ResultConfiguration: Decodable { var OutputLocation: String? }
    private struct Configuration: Decodable {
        var ResultConfiguration: ResultConfiguration?
        var BytesScannedCutoffPerQuery: Int64?
        var EnforceWorkGroupConfiguration: Bool?
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", state = "State", description = "Description", configuration = "Configuration"
        case creationTime = "CreationTime"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        state = try c.decodeIfPresent(String.self, forKey: .state)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        let configuration = try c.decodeIfPresent(Configuration.self, forKey: .configuration)
        outputLocation = configuration?.ResultConfiguration?.OutputLocation
        bytesScannedCutoffPerQuery = configuration?.BytesScannedCutoffPerQuery
        enforceWorkGroupConfiguration = configuration?.EnforceWorkGroupConfiguration
        creationTime = try? c.decodeIfPresent(Date.self, forKey: .creationTime)
    }
}

/// The settings lakectl writes to a workgroup: on create as `Configuration`, on update as
/// `ConfigurationUpdates` (where a cutoff is removed with `RemoveBytesScannedCutoffPerQuery`).
package struct AthenaWorkGroupSettings: Sendable, Equatable {
    package var outputLocation: String?
    package var bytesScannedCutoffPerQuery: Int64?
    package var enforceWorkGroupConfiguration: Bool

    package init(outputLocation: String?, bytesScannedCutoffPerQuery: Int64?, enforceWorkGroupConfiguration: Bool) {
        self.outputLocation = outputLocation
        self.bytesScannedCutoffPerQuery = bytesScannedCutoffPerQuery
        self.enforceWorkGroupConfiguration = enforceWorkGroupConfiguration
    }
}
