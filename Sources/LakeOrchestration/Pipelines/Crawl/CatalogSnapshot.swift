import AWSCore
import AWSServices

/// The tables of one database as a crawl leaves them: columns, partition keys, location and partition
/// values. Two snapshots, before and after a crawl, say what it changed (Glue's own metrics count tables
/// only, not partitions).
package struct CatalogSnapshot: Sendable, Equatable {
    package struct Table: Sendable, Equatable {
        package var columns: [String]
        package var partitionKeys: [String]
        package var location: String?
        package var partitions: Set<[String]>
    }

    package var tables: [String: Table]
    /// For each table a crawler last wrote, that crawler's name (the table's `UPDATED_BY_CRAWLER`): the
    /// tables a crawler treats as its own when their files are gone.
    package var crawledBy: [String: String]

    package init(tables: [String: Table], crawledBy: [String: String] = [:]) {
        self.tables = tables
        self.crawledBy = crawledBy
    }

    /// Reads every table of `database` and its partitions; an unknown database is an empty catalog.
    static func read(_ glue: GlueClient, database: String) async throws -> CatalogSnapshot {
        let live: [GlueTable]
        do {
            live = try await glue.allTables(database: database)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            return CatalogSnapshot(tables: [:])
        }
        var tables: [String: Table] = [:]
        var crawledBy: [String: String] = [:]
        for table in live {
            if let crawler = table.parameters?["UPDATED_BY_CRAWLER"] { crawledBy[table.name] = crawler }
            let keys = (table.partitionKeys ?? []).map { "\($0.name):\($0.type ?? "")" }
            let partitions = keys.isEmpty ? [] : try await glue.allPartitions(database: database, table: table.name)
            tables[table.name] = Table(
                columns: (table.storageDescriptor?.columns ?? []).map { "\($0.name):\($0.type ?? "")" },
                partitionKeys: keys, location: table.storageDescriptor?.location,
                partitions: Set(partitions.map(\.values)))
        }
        return CatalogSnapshot(tables: tables, crawledBy: crawledBy)
    }

    /// What changed from `self` to `after`.
    package func changes(to after: CatalogSnapshot) -> CatalogChanges {
        var changes = CatalogChanges()
        for (name, table) in after.tables.sorted(by: { $0.key < $1.key }) {
            guard let old = tables[name] else {
                changes.created.append(name)
                changes.partitionsAdded += table.partitions.count
                continue
            }
            if old.columns != table.columns || old.partitionKeys != table.partitionKeys
                || old.location != table.location
            {
                changes.updated.append(name)
            }
            changes.partitionsAdded += table.partitions.subtracting(old.partitions).count
        }
        changes.deleted = tables.keys.filter { after.tables[$0] == nil }.sorted()
        return changes
    }
}

/// Tables created, updated and deleted, and partitions added, between two catalog snapshots.
package struct CatalogChanges: Sendable, Equatable {
    package var created: [String] = []
    package var updated: [String] = []
    package var deleted: [String] = []
    package var partitionsAdded = 0

    package init(created: [String] = [], updated: [String] = [], deleted: [String] = [], partitionsAdded: Int = 0) {
        self.created = created
        self.updated = updated
        self.deleted = deleted
        self.partitionsAdded = partitionsAdded
    }

    package var isEmpty: Bool { created.isEmpty && updated.isEmpty && deleted.isEmpty && partitionsAdded == 0 }
}
