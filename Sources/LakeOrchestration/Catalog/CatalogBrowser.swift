import AWSCore
import AWSServices

/// The read-only views of the Glue Data Catalog behind `lakectl catalog …`. "Not found" is told apart
/// here (database or table), because Glue says which one is missing only in free text.
package struct CatalogBrowser: Sendable {
    let glue: GlueClient

    package init(session: LakeSession) {
        glue = session.glue
    }

    /// Every database, by name.
    package func databases() async throws -> [CatalogDatabase] {
        try await glue.allDatabases().map(CatalogDatabase.init).sorted { $0.name < $1.name }
    }

    /// The tables of one database, by name.
    package func tables(in database: String) async throws -> [CatalogTable] {
        do {
            return try await glue.allTables(database: database).map { CatalogTable($0, database: database) }
                .sorted { $0.name < $1.name }
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            throw CatalogLookupError.databaseNotFound(database)
        }
    }

    /// One table, and its partitions when asked for.
    package func describe(database: String, table name: String, partitions: Bool) async throws -> (
        table: CatalogTable, partitions: [CatalogPartition]?
    ) {
        do {
            let table = try await glue.getTable(database: database, name: name)
            let list = partitions ? try await glue.allPartitions(database: database, table: name) : nil
            return (CatalogTable(table, database: database), list?.map(CatalogPartition.init))
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            if (try? await glue.getDatabase(database)) == nil { throw CatalogLookupError.databaseNotFound(database) }
            throw CatalogLookupError.tableNotFound(database: database, table: name)
        }
    }
}
