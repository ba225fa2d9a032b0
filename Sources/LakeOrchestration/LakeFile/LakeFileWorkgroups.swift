import LakeConfig

/// `workgroups:` as `workgroup create` specs: the output location with `${account}`/`${region}` substituted, the
/// scan cutoff in bytes as the file's size parsed, and enforcement as written (no description: the file has none).
enum LakeFileWorkgroups {
    static func spec(_ workgroup: WorkgroupDeclaration, lake: LakeFile, account: String) -> WorkgroupSpec {
        WorkgroupSpec(
            name: workgroup.name, outputLocation: lake.substitute(workgroup.output, account: account),
            bytesScannedCutoff: workgroup.bytesScannedCutoff, enforce: workgroup.enforceConfiguration)
    }
}
