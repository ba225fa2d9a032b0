import Testing

@testable import LakeOrchestration

@Suite struct LakeFilePruneTests {
    static let mark = [Ownership.key: Ownership.value]

    @Test(arguments: [
        ([:], [:], false),
        (mark, [:], true),
        (mark, ["project": "shop"], false),
        (mark.merging(["project": "shop"]) { a, _ in a }, ["project": "shop"], true),
        (mark.merging(["project": "other"]) { a, _ in a }, ["project": "shop"], false),
        (["project": "shop"], ["project": "shop"], false),
    ])
    func aResourceIsTheFilesOnlyWithLakectlsMarkAndEveryOneOfTheFilesTags(
        tags: [String: String], fileTags: [String: String], owned: Bool
    ) {
        #expect(LakeFilePrune.owns(tags, fileTags: fileTags) == owned)
    }

    static let orphans = [
        LakeFilePrune.Orphan(
            kind: "glue crawler", id: "c", target: .crawler("c"),
            field: FieldChange("managed-by", old: "lakectl", new: nil)),
        LakeFilePrune.Orphan(
            kind: "s3 bucket", id: "b", target: .bucket("b"),
            field: FieldChange("managed-by", old: "lakectl", new: nil),
            blocked: "it still holds objects (empty it first)"),
    ]

    @Test func withoutPruneEachIsAWarningAndNoChange() {
        let (changes, warnings) = LakeFilePrune.changes(Self.orphans, prune: false)
        #expect(changes.isEmpty)
        #expect(
            warnings == [
                "glue crawler c is not in the file (kept; --prune deletes it)",
                "s3 bucket b is not in the file (kept; --prune deletes it)",
            ])
    }

    @Test func withPruneEachIsADeleteExceptWhatIsBlocked() {
        let (changes, warnings) = LakeFilePrune.changes(Self.orphans, prune: true)
        #expect(changes.map(\.0.action) == [.delete])
        #expect(changes.map(\.1) == [.prune(.crawler("c"))])
        #expect(
            warnings == [
                "s3 bucket b is not in the file but it still holds objects (empty it first): --prune leaves it"
            ])
    }
}
