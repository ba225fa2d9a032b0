import AWSServices

/// What `lakectl lf settings --add-admin … --remove-admin … --iam-allowed-defaults on|off` asks for: changes
/// relative to the live settings (admins others added are kept), so a re-run finds nothing to do.
package struct SettingsChange: Sendable, Equatable {
    package var addAdmins: [String]
    package var removeAdmins: [String]
    /// true: new databases and tables grant IAM_ALLOWED_PRINCIPALS ALL (IAM decides, filters unenforced);
    /// false: they grant it nothing (Lake Formation decides); nil: leave as is.
    package var iamAllowedDefaults: Bool?

    package init(addAdmins: [String] = [], removeAdmins: [String] = [], iamAllowedDefaults: Bool? = nil) {
        self.addAdmins = addAdmins
        self.removeAdmins = removeAdmins
        self.iamAllowedDefaults = iamAllowedDefaults
    }

    package var isEmpty: Bool { addAdmins.isEmpty && removeAdmins.isEmpty && iamAllowedDefaults == nil }

    package func validate() throws(GovernanceError) {
        let both = Set(addAdmins).intersection(removeAdmins)
        if !both.isEmpty {
            throw .invalidRequest("\(both.sorted().joined(separator: ", ")) is both added and removed as admin")
        }
        if addAdmins.contains(LFPrincipal.iamAllowedPrincipals.identifier) {
            throw .invalidRequest("IAM_ALLOWED_PRINCIPALS cannot be a data lake admin")
        }
    }

    /// The settings with this change made; fields it does not name are kept as they are.
    func applied(to live: LFDataLakeSettings) -> LFDataLakeSettings {
        var settings = live
        settings.dataLakeAdmins.removeAll { removeAdmins.contains($0.identifier) }
        for admin in addAdmins where !settings.dataLakeAdmins.contains(LFPrincipal(admin)) {
            settings.dataLakeAdmins.append(LFPrincipal(admin))
        }
        if let iamAllowedDefaults {
            settings.createDatabaseDefaultPermissions = Self.defaults(
                settings.createDatabaseDefaultPermissions, iamAllowed: iamAllowedDefaults)
            settings.createTableDefaultPermissions = Self.defaults(
                settings.createTableDefaultPermissions, iamAllowed: iamAllowedDefaults)
        }
        return settings
    }

    private static func defaults(_ grants: [LFDataLakeSettings.DefaultPermission], iamAllowed: Bool)
        -> [LFDataLakeSettings.DefaultPermission]
    {
        let iam = LFPrincipal.iamAllowedPrincipals
        let held = grants.contains { $0.principal == iam && $0.permissions.contains("ALL") }
        if iamAllowed { return held ? grants : grants + [.init(principal: iam, permissions: ["ALL"])] }
        return grants.filter { $0.principal != iam }
    }
}
