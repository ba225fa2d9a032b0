import Testing

@testable import AWSCore

@Suite struct QueryParametersTests {
    @Test func flattensScalarsListsAndStructures() {
        var parameters = QueryParameters()
        parameters.add("RoleName", "reader")
        parameters.add("MaxSessionDuration", 3600)
        parameters.add("Description", nil as String?)
        parameters.add("ForceDelete", true)
        parameters.addList("ClientIDList", ["a", "b"])
        parameters.addList("SubnetIds", ["s-1"], memberName: nil)
        parameters.addStructureList(
            "Tags", [[("Key", "team"), ("Value", "lake")], [("Key", "env"), ("Value", "dev")]])
        parameters.addList("Empty", [])
        #expect(
            parameters.items == [
                QueryItem("RoleName", "reader"), QueryItem("MaxSessionDuration", "3600"),
                QueryItem("ForceDelete", "true"),
                QueryItem("ClientIDList.member.1", "a"), QueryItem("ClientIDList.member.2", "b"),
                QueryItem("SubnetIds.1", "s-1"),
                QueryItem("Tags.member.1.Key", "team"), QueryItem("Tags.member.1.Value", "lake"),
                QueryItem("Tags.member.2.Key", "env"), QueryItem("Tags.member.2.Value", "dev"),
                QueryItem("Empty", ""),
            ])
        #expect(parameters.pairs.map { "\($0.0)=\($0.1)" }.first == "RoleName=reader")
    }

    @Test func membersReadsQueryLists() throws {
        let root = try XMLReader.parse(
            "<R><ListRolesResult><Roles><member><RoleName>a</RoleName></member><member><RoleName>b</RoleName></member></Roles></ListRolesResult></R>"
        )
        #expect(root.members("ListRolesResult", "Roles").compactMap { $0.string("RoleName") } == ["a", "b"])
        #expect(root.members("ListRolesResult", "Missing").isEmpty)
    }
}
