/// A crawler's schedule as GetCrawler answers it (API_Schedule); CreateCrawler and UpdateCrawler take the
/// expression alone.
package struct GlueSchedule: Decodable, Sendable, Equatable {
    /// `cron(…)`.
    package var expression: String?
    /// `SCHEDULED`, `NOT_SCHEDULED` or `TRANSITIONING`.
    package var state: String?

    package init(expression: String?, state: String? = nil) {
        self.expression = expression
        self.state = state
    }

    enum CodingKeys: String, CodingKey {
        case expression = "ScheduleExpression", state = "State"
    }
}
