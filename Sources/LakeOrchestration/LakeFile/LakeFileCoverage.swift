import LakeConfig

/// The lake file's sections that plan does not read or change yet, said out loud in every plan so a user
/// never takes an empty plan to mean they are in place.
enum LakeFileCoverage {
    static func uncovered(_ lake: LakeFile) -> [String] {
        let sections: [(String, Int)] = [
            ("snapshots", lake.snapshots.count)
        ]
        let missing = sections.filter { $0.1 > 0 }.map { "\($0.0) (\($0.1))" }
        guard !missing.isEmpty else { return [] }
        return [
            "not planned yet (this lakectl plans KMS keys, S3 buckets, Glue databases, Lake Formation admins, locations, Glue "
                + "crawlers and jobs, Firehose streams, Athena workgroups and teams' access to them, LF-tags and their assignments, data cells filters, and database, table and LF-tag grants): \(missing.joined(separator: ", "))"
        ]
    }

}
