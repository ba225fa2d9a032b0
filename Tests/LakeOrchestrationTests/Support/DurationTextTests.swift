import Testing

@testable import LakeOrchestration

/// The one duration parser behind `--since` and `--buffer-interval`.
@Suite struct DurationTextTests {
    @Test(arguments: [
        ("300s", 300), ("5m", 300), ("12h", 43_200), ("7D", 604_800), ("2w", 1_209_600), (" 1d ", 86_400),
    ])
    func unitsScale(text: String, seconds: Int) {
        #expect(DurationText.seconds(text) == seconds)
    }

    @Test func aBareNumberNeedsABareUnit() {
        #expect(DurationText.seconds("300") == nil)
        #expect(DurationText.seconds("300", bareUnit: "s") == 300)
    }

    @Test(arguments: ["", "d", "0d", "-1d", "1y", "1.5h", "7 days", "100001s"])
    func nonsenseIsRefused(text: String) {
        #expect(DurationText.seconds(text, bareUnit: "s") == nil)
    }
}
