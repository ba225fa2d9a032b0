/// Groups the files under a folder into tables the way a Glue crawler does
/// (https://docs.aws.amazon.com/glue/latest/dg/crawler-s3-folder-table-partition.html, AWS-NOTES B2):
///
/// - files in one folder with the same format and similar schemas form one table;
/// - sibling folders whose contents are each one such group, of the same format, at the same depth and
///   with similar schemas, become ONE table rooted at their parent, partitioned by the folder level —
///   `key=value` folders give a partition key `key`, other folders `partition_0`, `partition_1`, …; all
///   partition keys are strings;
/// - otherwise each folder's groups stay separate tables, named after their folder (or, when one folder
///   holds several groups, after their first file).
///
/// "Similar" is the crawler's partition threshold: the shared column names are at least 70 % of all
/// column names of the two. Files a crawler skips (`_SUCCESS`, `.crc`, hidden) are ignored; files that
/// cannot be read are reported in `CrawlPlan.skipped`.
package struct CrawlPlanner: Sendable {
    package var rules: InferenceRules
    /// Replaces the crawl root's absolute path in every location (`s3://bucket/prefix/`); nil gives
    /// `file://` URLs.
    package var locationBase: String?
    /// What the user stated about CSV files (delimiter, quote, header, ragged rows).
    package var csv: CSVReadSettings

    package static let similarityThreshold = 0.7
    /// Deepest folder nesting crawled; real partition trees are a handful of levels.
    package static let maxDepth = 64

    package init(rules: InferenceRules = .glue, locationBase: String? = nil, csv: CSVReadSettings = CSVReadSettings()) {
        self.rules = rules
        self.locationBase = locationBase
        self.csv = csv
    }

    package func plan(path: String) throws -> CrawlPlan {
        guard let entry = LocalPath.entry(path) else {
            throw CodecError.io(path: path, reason: "no such file or folder")
        }
        let root = LocalPath.absolute(path)
        var skipped: [CrawlPlan.Skipped] = []
        let units: [CrawlUnit]
        if entry.isDirectory {
            var visited: Set<String> = []
            units = try self.units(in: root, depth: 0, visited: &visited, skipped: &skipped)
        } else {
            let schema = try SchemaInferrer(rules: rules, csv: csv).infer(path: root)
            units = [CrawlUnit(root: LocalPath.parent(root), schemas: [schema], partitionPaths: [[]])]
        }
        return CrawlPlan(
            tables: tables(units, crawlRoot: entry.isDirectory ? root : LocalPath.parent(root)), skipped: skipped)
    }

    /// The units rooted in or below `folder`.
    /// `visited` holds canonical folder paths, so a symbolic link back up the tree is crawled once rather
    /// than forever; `depth` is bounded for the same reason.
    func units(in folder: String, depth: Int, visited: inout Set<String>, skipped: inout [CrawlPlan.Skipped]) throws
        -> [CrawlUnit]
    {
        guard depth <= Self.maxDepth else {
            throw CodecError.limitExceeded(what: "\(folder): folder nesting", value: depth, limit: Self.maxDepth)
        }
        guard visited.insert(LocalPath.absolute(folder)).inserted else {
            skipped.append(CrawlPlan.Skipped(path: folder, reason: "already crawled (a symbolic link loop)"))
            return []
        }
        var direct: [CrawlUnit] = []
        var children: [(name: String, units: [CrawlUnit])] = []
        for entry in try LocalPath.list(folder) where SchemaInferrer.isDataFile(name: entry.name) {
            let path = LocalPath.join(folder, entry.name)
            if entry.isDirectory {
                children.append(
                    (entry.name, try units(in: path, depth: depth + 1, visited: &visited, skipped: &skipped)))
                continue
            }
            guard entry.size > 0 else { continue }
            do {
                let schema = try SchemaInferrer(rules: rules, csv: csv).infer(path: path)
                if let i = direct.firstIndex(where: { Self.compatible($0, schema) }) {
                    direct[i].schemas.append(schema)
                    direct[i].partitionPaths.append([])
                } else {
                    direct.append(CrawlUnit(root: folder, schemas: [schema], partitionPaths: [[]]))
                }
            } catch let error as CodecError {
                skipped.append(CrawlPlan.Skipped(path: path, reason: error.description))
            }
        }
        children.removeAll { $0.units.isEmpty }
        if direct.isEmpty, let combined = Self.combine(children, root: folder) { return [combined] }
        return direct + children.flatMap(\.units)
    }

    /// Sibling folders that each hold exactly one unit, alike in format, depth and schema, as one
    /// partitioned unit rooted at their parent.
    static func combine(_ children: [(name: String, units: [CrawlUnit])], root: String) -> CrawlUnit? {
        guard let first = children.first?.units.first,
            children.allSatisfy({ $0.units.count == 1 })
        else { return nil }
        var combined = CrawlUnit(root: root, schemas: [], partitionPaths: [])
        for (name, units) in children {
            let unit = units[0]
            guard unit.format == first.format, unit.depth == first.depth else { return nil }
            if !combined.schemas.isEmpty {
                guard similar(combined.columns, unit.columns) else { return nil }
            }
            combined.schemas += unit.schemas
            combined.partitionPaths += unit.partitionPaths.map { [name] + $0 }
        }
        return combined
    }

    static func compatible(_ unit: CrawlUnit, _ schema: FileSchema) -> Bool {
        unit.format == schema.format && unit.schemas.first?.compression == schema.compression
            && similar(unit.columns, schema.columns)
    }

    /// Shared column names over all column names, against the crawler's 70 % partition threshold.
    static func similar(_ a: [GlueField], _ b: [GlueField]) -> Bool {
        let x = Set(a.map(\.name)), y = Set(b.map(\.name))
        let all = x.union(y).count
        guard all > 0 else { return true }
        return Double(x.intersection(y).count) / Double(all) >= similarityThreshold
    }

    /// Units to tables: names from folders (files when a folder holds several tables), made unique;
    /// partition keys and partitions from the partition paths.
    func tables(_ units: [CrawlUnit], crawlRoot: String) -> [GlueTableDefinition] {
        var perRoot: [String: Int] = [:]
        for unit in units { perRoot[unit.root, default: 0] += 1 }
        var used: Set<String> = []
        let made = units.map { unit in
            let base =
                perRoot[unit.root, default: 0] > 1
                ? LocalPath.lastComponent(unit.schemas.first?.path ?? unit.root) : LocalPath.lastComponent(unit.root)
            var name = GlueTableDefinition.sanitizedName(base)
            var n = 2
            while used.contains(name) {
                name = GlueTableDefinition.sanitizedName(base) + "_\(n)"
                n += 1
            }
            used.insert(name)
            let keys = HivePartitions.keys(unit.partitionPaths)
            var location = url(for: unit.root, crawlRoot: crawlRoot)
            var notes: [String] = []
            let siblings = units.filter { $0.root == unit.root && $0.schemas.first?.path != unit.schemas.first?.path }
            if let other = siblings.first, let file = unit.schemas.first?.path {
                // A split folder: as the crawler does, a one-file table points at that file, so a query of it
                // does not read the other tables' files too.
                let why = Self.splitReason(unit, other)
                if unit.schemas.count == 1 && unit.partitionPaths.allSatisfy(\.isEmpty) {
                    location = fileURL(for: file, crawlRoot: crawlRoot)
                    notes.append(
                        "\(LocalPath.lastComponent(unit.root)) was split into \(siblings.count + 1) tables because \(why); "
                            + "this table's location is its one file")
                } else {
                    notes.append(
                        "\(LocalPath.lastComponent(unit.root)) was split into \(siblings.count + 1) tables because \(why); "
                            + "this table holds \(unit.schemas.count) files and its folder location also covers the "
                            + "other tables' files: move them to their own folders")
                }
            }
            var partitions: [GlueTableDefinition.Partition] = []
            var seen: Set<[String]> = []
            for path in unit.partitionPaths where !path.isEmpty && !seen.contains(path) {
                seen.insert(path)
                partitions.append(
                    GlueTableDefinition.Partition(
                        values: path.map { HivePartitions.value(of: $0) },
                        location: location + path.joined(separator: "/") + "/"))
            }
            var table = GlueTableDefinition(
                name: name, location: location, schemas: unit.schemas, partitionKeys: keys, partitions: partitions)
            table.notes += notes
            return table
        }
        return made.sorted { $0.name < $1.name }
    }

    /// Why two groups of one folder cannot be one table, in the crawler's terms.
    static func splitReason(_ a: CrawlUnit, _ b: CrawlUnit) -> String {
        let fileA = LocalPath.lastComponent(a.schemas.first?.path ?? ""),
            fileB = LocalPath.lastComponent(b.schemas.first?.path ?? "")
        if a.format != b.format {
            return "its files differ in format (\(fileA) is \(a.format.rawValue), \(fileB) \(b.format.rawValue))"
        }
        let ca = a.schemas.first?.compression ?? "none", cb = b.schemas.first?.compression ?? "none"
        if ca != cb { return "its files differ in compression (\(fileA) \(ca), \(fileB) \(cb))" }
        let x = Set(a.columns.map(\.name)), y = Set(b.columns.map(\.name))
        let shared = x.intersection(y).count, all = x.union(y).count
        return "\(fileA) and \(fileB) share \(shared) of \(all) column names, under the crawler's "
            + "\(Int(similarityThreshold * 100)) % threshold"
    }

    /// A file as a location URL (no trailing `/`): the location of a table the crawler made of one file.
    package func fileURL(for file: String, crawlRoot: String) -> String {
        var folderURL = url(for: LocalPath.parent(file), crawlRoot: crawlRoot)
        if !folderURL.hasSuffix("/") { folderURL += "/" }
        return folderURL + LocalPath.lastComponent(file)
    }

    /// A folder as a location URL ending in `/`, as crawler locations do.
    package func url(for folder: String, crawlRoot: String) -> String {
        let relative = folder.hasPrefix(crawlRoot) ? String(folder.dropFirst(crawlRoot.count)) : folder
        if let base = locationBase {
            let trimmed = relative.hasPrefix("/") ? String(relative.dropFirst()) : relative
            let joined = (base.hasSuffix("/") ? base : base + "/") + trimmed
            return joined.hasSuffix("/") ? joined : joined + "/"
        }
        let absolute = folder.hasSuffix("/") ? folder : folder + "/"
        return "file://" + absolute
    }
}
