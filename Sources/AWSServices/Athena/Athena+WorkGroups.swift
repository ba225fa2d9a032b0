import AWSCore

extension AthenaClient {
    /// Creates a workgroup with these tags (lakectl's ownership mark among them); `InvalidRequestException` when
    /// one of that name exists.
    package func createWorkGroup(
        name: String, description: String?, settings: AthenaWorkGroupSettings, tags: [String: String] = [:]
    ) async throws {
        struct Tag: Encodable, Sendable { var Key: String; var Value: String }
        struct Input: Encodable, Sendable {
            var Name: String
            var Description: String?
            var Configuration: Configuration
            var Tags: [Tag]?
        }
        let list = tags.keys.sorted().map { Tag(Key: $0, Value: tags[$0] ?? "") }
        _ = try await call(
            "CreateWorkGroup",
            Input(
                Name: name, Description: description, Configuration: Configuration(settings),
                Tags: list.isEmpty ? nil : list),
            output: AthenaEmptyReply.self)
    }

    /// One workgroup; `InvalidRequestException` for an unknown name.
    package func getWorkGroup(name: String) async throws -> AthenaWorkGroup {
        struct Input: Encodable, Sendable { var WorkGroup: String }
        struct Output: Decodable { var WorkGroup: AthenaWorkGroup }
        return try await call("GetWorkGroup", Input(WorkGroup: name), output: Output.self).WorkGroup
    }

    /// Every workgroup's name, state and description (pages followed to the end).
    package func listWorkGroups() async throws -> [AthenaWorkGroup] {
        struct Input: Encodable, Sendable { var NextToken: String?; var MaxResults: Int }
        struct Output: Decodable { var WorkGroups: [AthenaWorkGroup]?; var NextToken: String? }
        var all: [AthenaWorkGroup] = []
        var token: String? = nil
        repeat {
            let page = try await call("ListWorkGroups", Input(NextToken: token, MaxResults: 50), output: Output.self)
            all += page.WorkGroups ?? []
            token = page.NextToken.flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return all
    }

    /// Sets a workgroup's description and settings; a nil cutoff removes the cutoff.
    package func updateWorkGroup(name: String, description: String?, settings: AthenaWorkGroupSettings) async throws {
        struct ResultUpdates: Encodable, Sendable { var OutputLocation: String?; var RemoveOutputLocation: Bool? }
        struct Updates: Encodable, Sendable {
            var ResultConfigurationUpdates: ResultUpdates
            var BytesScannedCutoffPerQuery: Int64?
            var RemoveBytesScannedCutoffPerQuery: Bool?
            var EnforceWorkGroupConfiguration: Bool
        }
        struct Input: Encodable, Sendable {
            var WorkGroup: String; var Description: String?; var ConfigurationUpdates: Updates
        }
        let updates = Updates(
            ResultConfigurationUpdates: ResultUpdates(
                OutputLocation: settings.outputLocation,
                RemoveOutputLocation: settings.outputLocation == nil ? true : nil),
            BytesScannedCutoffPerQuery: settings.bytesScannedCutoffPerQuery,
            RemoveBytesScannedCutoffPerQuery: settings.bytesScannedCutoffPerQuery == nil ? true : nil,
            EnforceWorkGroupConfiguration: settings.enforceWorkGroupConfiguration)
        _ = try await call(
            "UpdateWorkGroup", Input(WorkGroup: name, Description: description, ConfigurationUpdates: updates),
            output: AthenaEmptyReply.self)
    }

    /// Deletes a workgroup and (recursively) its saved queries; the `primary` workgroup cannot be deleted.
    package func deleteWorkGroup(name: String) async throws {
        struct Input: Encodable, Sendable { var WorkGroup: String; var RecursiveDeleteOption: Bool }
        _ = try await call(
            "DeleteWorkGroup", Input(WorkGroup: name, RecursiveDeleteOption: true), output: AthenaEmptyReply.self)
    }

    /// Rows and bytes a finished query read and wrote.
    package func getQueryRuntimeStatistics(id: String) async throws -> AthenaRuntimeStatistics {
        struct Input: Encodable, Sendable { var QueryExecutionId: String }
        return try await call(
            "GetQueryRuntimeStatistics", Input(QueryExecutionId: id), output: AthenaRuntimeStatistics.self)
    }
}

/// A workgroup's `Configuration` on create.
private struct Configuration: Encodable, Sendable {
    struct Result: Encodable, Sendable { var OutputLocation: String }
    var ResultConfiguration: Result?
    var BytesScannedCutoffPerQuery: Int64?
    var EnforceWorkGroupConfiguration: Bool

    init(_ settings: AthenaWorkGroupSettings) {
        ResultConfiguration = settings.outputLocation.map { Result(OutputLocation: $0) }
        BytesScannedCutoffPerQuery = settings.bytesScannedCutoffPerQuery
        EnforceWorkGroupConfiguration = settings.enforceWorkGroupConfiguration
    }
}
