/// The parts of API_DataLakeSettings lakectl reads and writes: admins, the default grants new databases and
/// tables get (IAM_ALLOWED_PRINCIPALS/ALL unless changed — the reason filters go unenforced), trusted owners.
/// Put replaces the whole settings object, so the fields not modelled here are kept in `otherFields` as read and
/// sent back as they were.
package struct LFDataLakeSettings: Codable, Sendable, Equatable {
    package struct DefaultPermission: Codable, Sendable, Equatable {
        package var principal: LFPrincipal
        package var permissions: [String]
        package init(principal: LFPrincipal, permissions: [String]) {
            self.principal = principal
            self.permissions = permissions
        }
        enum CodingKeys: String, CodingKey { case principal = "Principal", permissions = "Permissions" }
    }

    package var dataLakeAdmins: [LFPrincipal]
    package var createDatabaseDefaultPermissions: [DefaultPermission]
    package var createTableDefaultPermissions: [DefaultPermission]
    package var trustedResourceOwners: [String]
    /// Every other member of the settings as read, by name, so a read-change-put does not reset them.
    package var otherFields: [String: LFOpaqueJSON] = [:]

    package init(
        dataLakeAdmins: [LFPrincipal] = [], createDatabaseDefaultPermissions: [DefaultPermission] = [],
        createTableDefaultPermissions: [DefaultPermission] = [], trustedResourceOwners: [String] = []
    ) {
        self.dataLakeAdmins = dataLakeAdmins
        self.createDatabaseDefaultPermissions = createDatabaseDefaultPermissions
        self.createTableDefaultPermissions = createTableDefaultPermissions
        self.trustedResourceOwners = trustedResourceOwners
    }

    enum CodingKeys: String, CodingKey {
        case dataLakeAdmins = "DataLakeAdmins", createDatabaseDefaultPermissions = "CreateDatabaseDefaultPermissions"
        case createTableDefaultPermissions = "CreateTableDefaultPermissions"
        case trustedResourceOwners = "TrustedResourceOwners"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dataLakeAdmins = try c.decodeIfPresent([LFPrincipal].self, forKey: .dataLakeAdmins) ?? []
        createDatabaseDefaultPermissions =
            try c.decodeIfPresent([DefaultPermission].self, forKey: .createDatabaseDefaultPermissions) ?? []
        createTableDefaultPermissions =
            try c.decodeIfPresent([DefaultPermission].self, forKey: .createTableDefaultPermissions) ?? []
        trustedResourceOwners = try c.decodeIfPresent([String].self, forKey: .trustedResourceOwners) ?? []
        let all = try decoder.container(keyedBy: AnyKey.self)
        let modelled = Set(
            [
                CodingKeys.dataLakeAdmins, .createDatabaseDefaultPermissions, .createTableDefaultPermissions,
                .trustedResourceOwners,
            ].map(\.rawValue))
        for key in all.allKeys where !modelled.contains(key.stringValue) {
            otherFields[key.stringValue] = try all.decode(LFOpaqueJSON.self, forKey: key)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dataLakeAdmins, forKey: .dataLakeAdmins)
        try c.encode(createDatabaseDefaultPermissions, forKey: .createDatabaseDefaultPermissions)
        try c.encode(createTableDefaultPermissions, forKey: .createTableDefaultPermissions)
        try c.encode(trustedResourceOwners, forKey: .trustedResourceOwners)
        var all = encoder.container(keyedBy: AnyKey.self)
        for (key, value) in otherFields.sorted(by: { $0.key < $1.key }) {
            try all.encode(value, forKey: AnyKey(stringValue: key))
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
