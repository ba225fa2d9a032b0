import Testing

@testable import AWSCore

@Suite struct ProfileSelectionTests {
    @Test(arguments: [
        (String?("cli"), ["AWS_PROFILE": "env"], "cli", ProfileSelection.Source.flag),
        (nil, ["AWS_PROFILE": "env"], "env", .environment),
        ("", ["AWS_PROFILE": "env"], "env", .environment),
        (nil, ["AWS_PROFILE": ""], "default", .implicitDefault),
        (nil, [:], "default", .implicitDefault),
    ])
    func precedence(flag: String?, environment: [String: String], name: String, source: ProfileSelection.Source) {
        let selection = ProfileSelection(flag: flag, environment: environment)
        #expect(selection.name == name)
        #expect(selection.source == source)
        #expect(selection.isExplicit == (source != .implicitDefault))
    }
}
