/// `lakectl lf settings`: who administers the lake and what new databases and tables grant by default — when
/// the defaults still hand IAM_ALLOWED_PRINCIPALS ALL, every new table starts out with its filters unenforced.
package struct LakeSettingsSummary: Sendable, Equatable {
    package var admins: [String]
    /// `principal: PERMISSION,…` per default grant on new databases.
    package var databaseDefaults: [String]
    /// The same for new tables.
    package var tableDefaults: [String]

    package init(admins: [String], databaseDefaults: [String], tableDefaults: [String]) {
        self.admins = admins
        self.databaseDefaults = databaseDefaults
        self.tableDefaults = tableDefaults
    }

    /// True when new databases or tables grant IAM_ALLOWED_PRINCIPALS anything by default.
    package var defaultsBypassLakeFormation: Bool {
        (databaseDefaults + tableDefaults).contains { $0.hasPrefix("IAM_ALLOWED_PRINCIPALS:") }
    }
}
