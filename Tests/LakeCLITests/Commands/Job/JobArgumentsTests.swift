import ArgumentParser
import Testing

@testable import LakeCLI

/// `--arg K=V` as Glue job arguments.
@Suite struct JobArgumentsTests {
    @Test func keysGetGluesLeadingDashesAndValuesKeepTheirEquals() throws {
        #expect(
            try JobArguments.parse(["day=2024-01-01", "--filter=a=b", "empty="])
                == ["--day": "2024-01-01", "--filter": "a=b", "--empty": ""])
    }

    @Test(arguments: ["novalue", "=x"])
    func aPairWithoutKeyOrEqualsIsRefused(pair: String) {
        #expect(throws: ValidationError.self) { try JobArguments.parse([pair]) }
    }
}
