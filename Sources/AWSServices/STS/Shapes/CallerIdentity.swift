/// GetCallerIdentity's answer: which account and principal the credentials belong to.
package struct CallerIdentity: Sendable, Equatable, Codable {
    package var account: String
    package var arn: String
    package var userId: String

    package init(account: String, arn: String, userId: String) {
        self.account = account
        self.arn = arn
        self.userId = userId
    }
}
