import Testing

@testable import LakeOrchestration

/// `--export-only` as typed (issue 9, item 5) and `--role` as a name or an ARN (item 6).
@Suite struct SnapshotExportRequestTests {
    @Test func exportOnlyIsSplitOnCommas() {
        let request = SnapshotExportRequest(
            snapshot: "s", bucket: "b", kmsKey: "k", exportOnly: ["shop.orders,shop.customers", "app.public.users"])
        #expect(request.exportOnly == ["shop.orders", "shop.customers", "app.public.users"])
    }

    @Test(arguments: ["shop.orders,", "a.b.c.d", "shop..orders", "shop.or ders", "shop.*"])
    func invalidNamesAreRefusedNamingThem(text: String) {
        let request = SnapshotExportRequest(snapshot: "s", bucket: "b", kmsKey: "k", exportOnly: [text])
        let error = #expect(throws: PipelineError.self) {
            try SnapshotExportRequest.validate(exportOnly: request.exportOnly)
        }
        guard case .invalidExportOnly(let name, let reason)? = error else {
            Issue.record("expected invalidExportOnly, got \(String(describing: error))")
            return
        }
        #expect(name.isEmpty ? reason.contains("empty") : text.contains(name))
    }

    @Test func aRoleArnIsKeptToUseTheRoleAsItIs() {
        let arn = "arn:aws:iam::123456789012:role/service/export"
        let request = SnapshotExportRequest(snapshot: "s", bucket: "b", kmsKey: "k", roleName: arn)
        #expect(request.roleName == "export")
        #expect(request.roleArn == arn)
        #expect(SnapshotExportRequest(snapshot: "s", bucket: "b", kmsKey: "k", roleName: "export").roleArn == nil)
    }
}
