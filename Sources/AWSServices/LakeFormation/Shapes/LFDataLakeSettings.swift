/// The parts of API_DataLakeSettings lakectl reads and writes: admins, the default grants new databases and
/// tables get (IAM_ALLOWED_PRINCIPALS/ALL unless changed — the reason filters go unenforced), trusted owners.
/// Put replaces the whole settings object, so fields not modelled here are reset by a Put.
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
    }
}
