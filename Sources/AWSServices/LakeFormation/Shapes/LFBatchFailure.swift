/// One entry a batch grant or revoke could not apply (API_BatchPermissionsFailureEntry); the others were applied.
package struct LFBatchFailure: Decodable, Sendable, Equatable {
    package var entryId: String?
    package var errorCode: String?
    package var errorMessage: String?

    enum CodingKeys: String, CodingKey { case entry = "RequestEntry", error = "Error" }
    private struct Entry: Decodable { var Id: String? }
    private struct Detail: Decodable { var ErrorCode: String?; var ErrorMessage: String? }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entryId = try c.decodeIfPresent(Entry.self, forKey: .entry)?.Id
        let detail = try c.decodeIfPresent(Detail.self, forKey: .error)
        errorCode = detail?.ErrorCode
        errorMessage = detail?.ErrorMessage
    }
}
