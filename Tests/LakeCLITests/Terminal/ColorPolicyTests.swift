import Testing

@testable import LakeCLI

/// `--no-color`, `NO_COLOR` and non-terminals turn colour off; the text is the same either way.
@Suite struct ColorPolicyTests {
    @Test func offWithTheFlagTheVariableOrANonTerminal() throws {
        var global = try GlobalOptions.parse([])
        // In `swift test` stderr may or may not be a terminal; a pipe (fd of /dev/null here) never is.
        #expect(!ColorPolicy(global: global, fd: -1, environment: [:]).enabled)
        global.noColor = true
        #expect(!ColorPolicy(global: global, environment: [:]).enabled)
        global.noColor = false
        #expect(!ColorPolicy(global: global, environment: ["NO_COLOR": "1"]).enabled)
        #expect(!ColorPolicy(global: global, environment: ["TERM": "dumb"]).enabled)
    }

    @Test func paintWrapsOnlyWhenEnabled() {
        #expect(ColorPolicy(enabled: false).paint("created", .green) == "created")
        #expect(ColorPolicy(enabled: true).paint("created", .green) == "\u{1B}[32mcreated\u{1B}[0m")
    }
}
