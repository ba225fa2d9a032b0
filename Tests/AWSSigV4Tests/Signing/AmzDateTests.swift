import Foundation
import Testing

@testable import AWSSigV4

@Suite struct AmzDateTests {
    @Test func formatsTheSuiteTimestamp() {
        #expect(AmzDate.format(Date(timeIntervalSince1970: 1_440_938_160)) == "20150830T123600Z")
    }

    @Test func dropsFractionalSeconds() {
        #expect(AmzDate.format(Date(timeIntervalSince1970: 1_440_938_160.999)) == "20150830T123600Z")
    }

    @Test(arguments: [
        ("19700101T000000Z", 0.0), ("20000229T235959Z", 951_868_799), ("20241231T235959Z", 1_735_689_599),
        ("19691231T235959Z", -1), ("21000301T000000Z", 4_107_542_400),
    ])
    func roundTrips(_ text: String, _ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(AmzDate.format(date) == text)
        #expect(AmzDate.parse(text) == date)
    }

    @Test(arguments: [
        "", "20150830T123600", "20150830 123600Z", "2015-08-30T12:36:00Z", "20150230T000000Z",
        "20151301T000000Z", "20150830T243600Z", "2015083OT123600Z", "20190229T000000Z",
    ])
    func rejectsMalformed(_ text: String) {
        #expect(AmzDate.parse(text) == nil)
    }

    @Test func matchesFoundationForManyDays() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var seconds = -2_208_988_800.0  // 1900
        while seconds < 4_102_444_800 {  // 2100
            let date = Date(timeIntervalSince1970: seconds)
            #expect(AmzDate.format(date) == formatter.string(from: date))
            seconds += 86_400 * 37 + 3_671
        }
    }
}
