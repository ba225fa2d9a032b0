/// What sending one batch came to: the counts it adds to the result and the records it gave up on.
struct BatchDelivery: Sendable {
    var records = 0
    var bytes = 0
    var calls = 0
    var resent = 0
    var failed: [StreamIngestResult.Rejected] = []
}
