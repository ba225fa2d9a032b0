/// Runs a parsed query over in-memory tables: FROM and hash equi-joins (INNER and LEFT), WHERE,
/// GROUP BY with aggregates, HAVING, the SELECT list, ORDER BY (NULLS LAST unless asked, as Athena) and
/// LIMIT.
package enum SQLEngine {
    /// Parses `text` and runs it; `tables` maps the names the query uses (any case) to tables.
    package static func run(_ text: String, tables: [String: SQLTable]) throws -> SQLResult {
        try execute(try SQLParser.parse(text), tables: tables)
    }

    package static func parse(_ text: String) throws -> SQLQuery { try SQLParser.parse(text) }

    private static func table(_ ref: SQLQuery.TableReference, _ tables: [String: SQLTable]) throws -> SQLTable {
        let lower = ref.name.lowercased()
        guard let t = tables.first(where: { $0.key.lowercased() == lower })?.value else {
            let known = tables.keys.sorted().joined(separator: ", ")
            // `query --local` reads a Glue table named DATABASE.TABLE (or by name with --database) itself.
            let glue = ref.name.contains(".") ? "" : ", or name a Glue table DATABASE.\(ref.name) (or give --database)"
            throw SQLError(
                position: ref.position,
                reason:
                    "no table '\(ref.name)'; bind it with --data \(ref.name)=PATH\(glue) (tables: \(known.isEmpty ? "none" : known))"
            )
        }
        return t
    }

    private static func scopeColumns(_ t: SQLTable, _ ref: SQLQuery.TableReference) -> [SQLScope.Column] {
        t.columns.map { SQLScope.Column(table: ref.visibleName, name: $0.name, type: $0.type) }
    }

    package static func execute(_ query: SQLQuery, tables: [String: SQLTable]) throws -> SQLResult {
        let first = try table(query.from, tables)
        var scope = SQLScope(columns: scopeColumns(first, query.from))
        var joins: [PreparedJoin] = []
        var seen: Set<String> = [query.from.visibleName.lowercased()]
        for join in query.joins {
            guard seen.insert(join.table.visibleName.lowercased()).inserted else {
                throw SQLError(
                    position: join.table.position,
                    reason: "the table name '\(join.table.visibleName)' is used twice; give one an alias")
            }
            let right = try table(join.table, tables)
            let rightScope = SQLScope(columns: scopeColumns(right, join.table))
            joins.append(try prepareJoin(scope, try right.allRows(), rightScope, join))
            scope.columns += rightScope.columns
        }
        var whereCompiled: SQLCompiled?
        if let filter = query.filter {
            var compiler = SQLCompiler(scope: scope)
            let c = try compiler.compile(filter)
            guard c.type == .boolean || c.type == .unknown else {
                throw SQLError(position: filter.position, reason: "WHERE needs a boolean condition, found \(c.type)")
            }
            whereCompiled = c
        }
        // Rows stream from the first table through the joins' probes and WHERE into `consume`; only the
        // joined tables (hashed) and the groups or output rows are held.
        func forEachRow(_ consume: ([SQLValue]) throws -> Void) throws {
            func probe(_ row: [SQLValue], _ level: Int) throws {
                if level == joins.count {
                    if let whereCompiled, try whereCompiled.evaluate(row) != .boolean(true) { return }
                    try consume(row)
                    return
                }
                try joins[level].probe(row) { try probe($0, level + 1) }
            }
            try first.forEachChunk { chunk in
                for row in chunk { try probe(row, 0) }
            }
        }

        // The SELECT list with * expanded.
        var items: [(expression: SQLExpression, name: String)] = []
        for (i, item) in query.items.enumerated() {
            if let e = item.expression {
                var name = item.alias ?? "_col\(items.count)"
                if item.alias == nil, case .column(let path, _) = e, let last = path.last { name = last }
                items.append((e, name))
                _ = i
            } else {
                let q = item.starQualifier?.lowercased()
                let chosen = scope.columns.filter { q == nil || $0.table.lowercased() == q }
                if chosen.isEmpty {
                    throw SQLError(
                        position: item.position,
                        reason: "no table '\(item.starQualifier ?? "")' for \(item.starQualifier ?? "").*")
                }
                for c in chosen { items.append((.column([c.table, c.name], position: item.position), c.name)) }
            }
        }
        let names = items.map(\.name)

        var groupBy: [SQLExpression] = []
        for g in query.groupBy {
            if case .literal(.integer(let n), _, let p) = g {
                guard n >= 1, n <= items.count else {
                    throw SQLError(
                        position: p, reason: "GROUP BY position \(n) is not in the SELECT list (1 to \(items.count))")
                }
                groupBy.append(items[Int(n) - 1].expression)
            } else {
                groupBy.append(g)
            }
        }
        let grouped =
            !groupBy.isEmpty || query.having != nil || items.contains { $0.expression.containsAggregate }
            || query.orderBy.contains { $0.expression.containsAggregate }

        var compiler = SQLCompiler(scope: scope, grouping: grouped ? Set(groupBy.map(\.key)) : nil)
        compiler.clause = "GROUP BY"
        var groupCompiled: [SQLCompiled] = []
        if grouped {
            var plain = SQLCompiler(scope: scope)
            plain.clause = "GROUP BY"
            for g in groupBy { groupCompiled.append(try plain.compile(g)) }
        }
        var selectCompiled: [SQLCompiled] = []
        for item in items { selectCompiled.append(try compiler.compile(item.expression)) }
        var havingCompiled: SQLCompiled?
        if let having = query.having {
            let h = try compiler.compile(having)
            guard h.type == .boolean || h.type == .unknown else {
                throw SQLError(position: having.position, reason: "HAVING needs a boolean condition, found \(h.type)")
            }
            havingCompiled = h
        }
        // ORDER BY: an ordinal or an output column name refers to the output; anything else is computed.
        enum SortKey {
            case output(Int)
            case computed(SQLCompiled)
        }
        var sortKeys: [SortKey] = []
        for o in query.orderBy {
            if case .literal(.integer(let n), _, let p) = o.expression {
                guard n >= 1, n <= items.count else {
                    throw SQLError(
                        position: p, reason: "ORDER BY position \(n) is not in the SELECT list (1 to \(items.count))")
                }
                sortKeys.append(.output(Int(n) - 1))
                continue
            }
            if case .column(let path, _) = o.expression, path.count == 1 {
                let matches = names.indices.filter { names[$0].lowercased() == path[0].lowercased() }
                if matches.count == 1 {
                    sortKeys.append(.output(matches[0]))
                    continue
                }
            }
            sortKeys.append(.computed(try compiler.compile(o.expression)))
        }

        // Rows to project: each input row, or each group (its first row, then its aggregate results).
        var out: [(values: [SQLValue], keys: [SQLValue])] = []
        func emit(_ row: [SQLValue]) throws {
            if let havingCompiled, try havingCompiled.evaluate(row) != .boolean(true) { return }
            var values: [SQLValue] = []
            values.reserveCapacity(selectCompiled.count)
            for s in selectCompiled { values.append(try s.evaluate(row)) }
            var keys: [SQLValue] = []
            for k in sortKeys {
                switch k {
                case .output(let i): keys.append(values[i])
                case .computed(let c): keys.append(try c.evaluate(row))
                }
            }
            out.append((values, keys))
        }
        if grouped {
            var groups = SQLGroupTable(keys: groupCompiled, aggregates: compiler.aggregates.map(\.aggregate))
            if joins.isEmpty && whereCompiled == nil && groups.columnar {
                // Straight from the scan's columns: no row per input row.
                try first.forEachTypedChunk { try groups.add(typed: $0, count: $1) }
            } else if joins.count == 1 && whereCompiled == nil
                && groups.groupsByRightColumn(of: joins[0], leftWidth: first.columns.count)
            {
                // Grouped by a column of the joined table: each of its rows finds its group once.
                let join = joins[0]
                let rightCount = join.right.count
                let rightColumns = join.takeRightColumns()
                var rightGroups = [Int](repeating: -1, count: rightCount)
                var keyGroups: [Int32] = []
                try first.forEachTypedChunk { columns, count in
                    try groups.add(
                        joining: columns, count: count, through: join, rightColumns: rightColumns,
                        rightGroups: &rightGroups, keyGroups: &keyGroups)
                }
            } else if joins.count == 1 && joins[0].joinsColumns && whereCompiled == nil && groups.columnar {
                // One equi-join on a column: joined chunk by chunk as columns, no row per pair.
                let join = joins[0]
                let rightColumns = join.takeRightColumns()
                try first.forEachColumnChunk { columns, count in
                    let joined = join.joined(columns, count: count, rightColumns: rightColumns)
                    let chunk = joined.columns.indices.map {
                        SQLColumnChunk.values(joined.columns[$0], as: scope.columns[$0].type)
                    }
                    try groups.add(typed: chunk, count: joined.count)
                }
            } else {
                try forEachRow { try groups.add($0) }
            }
            if groupBy.isEmpty && groups.count == 0 { groups.addEmptyGroup(width: scope.columns.count) }
            for g in 0..<groups.count { try emit(groups.representatives[g] + groups.results(g)) }
        } else {
            try forEachRow(emit)
        }
        if !sortKeys.isEmpty {
            let order = query.orderBy
            let sorted = out.indices.sorted { a, b in
                for k in order.indices {
                    let x = out[a].keys[k]
                    let y = out[b].keys[k]
                    if x.isNull && y.isNull { continue }
                    if x.isNull || y.isNull { return x.isNull == order[k].nullsFirst }
                    let c = SQLCompare.order(x, y)
                    if c != 0 { return order[k].descending ? c > 0 : c < 0 }
                }
                return a < b
            }
            out = sorted.map { out[$0] }
        }
        if let limit = query.limit, out.count > limit { out.removeLast(out.count - limit) }
        let columns = zip(names, selectCompiled).map { SQLTable.Column(name: $0, type: $1.type) }
        return SQLResult(columns: columns, rows: out.map(\.values))
    }

    /// Hash join: equalities between a left and a right column expression are the keys (the right side
    /// is hashed); conditions on the right table alone filter it first; anything else is checked on each
    /// matching pair. A LEFT join keeps a left row with no matching pair, padded with NULLs.
    private static func prepareJoin(
        _ leftScope: SQLScope, _ right: [[SQLValue]], _ rightScope: SQLScope, _ join: SQLQuery.Join
    ) throws -> PreparedJoin {
        var conjuncts: [SQLExpression] = []
        func split(_ e: SQLExpression) {
            if case .and(let a, let b) = e {
                split(a)
                split(b)
            } else {
                conjuncts.append(e)
            }
        }
        split(join.condition)
        let both = SQLScope(columns: leftScope.columns + rightScope.columns)
        var leftKeys: [SQLCompiled] = []
        var rightKeys: [SQLCompiled] = []
        var rightFilters: [SQLCompiled] = []
        var residual: [SQLCompiled] = []
        for c in conjuncts {
            if case .binary("=", let a, let b, let p) = c {
                var l = SQLCompiler(scope: leftScope)
                var r = SQLCompiler(scope: rightScope)
                var pair: (SQLCompiled, SQLCompiled)?
                if let x = try? l.compile(a), let y = try? r.compile(b) {
                    pair = (x, y)
                } else if let x = try? l.compile(b), let y = try? r.compile(a) {
                    pair = (x, y)
                }
                if let (x, y) = pair {
                    guard let type = SQLType.common(x.type, y.type) else {
                        throw SQLError(position: p, reason: "cannot join \(x.type) with \(y.type) ('=')")
                    }
                    leftKeys.append(x.converted(to: type))
                    rightKeys.append(y.converted(to: type))
                    continue
                }
            }
            var r = SQLCompiler(scope: rightScope)
            r.clause = "JOIN … ON"
            if let f = try? r.compile(c), f.type == .boolean {
                rightFilters.append(f)
                continue
            }
            var all = SQLCompiler(scope: both)
            all.clause = "JOIN … ON"
            let f = try all.compile(c)
            guard f.type == .boolean || f.type == .unknown else {
                throw SQLError(position: c.position, reason: "JOIN … ON needs a boolean condition, found \(f.type)")
            }
            residual.append(f)
        }
        guard !leftKeys.isEmpty else {
            throw SQLError(
                position: join.condition.position,
                reason:
                    "JOIN … ON needs an equality between a column of each side (only equi-joins are supported)")
        }
        let index = try SQLJoinIndex(rows: right, rightKeys: rightKeys, leftKeys: leftKeys, filters: rightFilters)
        return PreparedJoin(
            left: join.left, index: index, right: right, residual: residual,
            padding: [SQLValue](repeating: .null, count: rightScope.columns.count))
    }
}

/// A join ready to probe: the right table indexed on its key expressions (`SQLJoinIndex`) and the
/// conditions checked on each matching pair. A class: probing once per left row must not copy (and
/// retain) every field.
final class PreparedJoin {
    let left: Bool
    let index: SQLJoinIndex
    /// The right table's rows; empty once a column-wise join took them as columns.
    var right: [[SQLValue]]
    let residual: [SQLCompiled]
    let padding: [SQLValue]

    init(left: Bool, index: SQLJoinIndex, right: [[SQLValue]], residual: [SQLCompiled], padding: [SQLValue]) {
        self.left = left
        self.index = index
        self.right = right
        self.residual = residual
        self.padding = padding
    }

    /// Hands `body` each joined row for one left row (the left row padded with NULLs for an unmatched
    /// LEFT JOIN row).
    func probe(_ row: [SQLValue], _ body: ([SQLValue]) throws -> Void) throws {
        var matched = false
        var c = try index.first(row) ?? -1
        candidateLoop: while c >= 0 {
            defer { c = index.next[c] }
            var combined: [SQLValue] = []
            combined.reserveCapacity(row.count + padding.count)
            combined += row
            combined += right[c]
            for f in residual where try f.evaluate(combined) != .boolean(true) { continue candidateLoop }
            matched = true
            try body(combined)
        }
        if !matched && left { try body(row + padding) }
    }
}
