import LakeOrchestration

/// One workgroup as a record: the settings `workgroup create` takes, under the names its options use.
enum WorkgroupRendering {
    static func record(_ workgroup: Workgroup) -> [(String, OutputValue)] {
        [
            ("workgroup", .string(workgroup.name)), ("state", workgroup.state.map(OutputValue.string) ?? .null),
            ("outputLocation", workgroup.outputLocation.map(OutputValue.string) ?? .null),
            ("bytesScannedCutoff", workgroup.bytesScannedCutoff.map(OutputValue.int) ?? .null),
            ("enforce", .bool(workgroup.enforce)),
            ("description", workgroup.description.map(OutputValue.string) ?? .null),
        ]
    }
}
