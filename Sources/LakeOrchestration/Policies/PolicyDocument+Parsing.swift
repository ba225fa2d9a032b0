/// Reading a policy from JSON text as IAM accepts it: every list element may be a single string.
extension PolicyDocument {
    /// Parses `text`. Unknown top-level or statement elements are refused, because silently dropping
    /// one would make two different documents compare equal.
    package init(json text: String) throws(PolicyDocumentError) {
        guard case .object(let root) = try PolicyJSON.parse(text) else {
            throw .invalidElement(path: "(document)", reason: "a policy is a JSON object")
        }
        for key in root.keys where !["Version", "Id", "Statement"].contains(key) {
            throw .invalidElement(path: key, reason: "not a policy element (expected Version, Id, Statement)")
        }
        let version = try Self.optionalString(root["Version"], path: "Version")
        let id = try Self.optionalString(root["Id"], path: "Id")
        let statementValues: [PolicyJSON]
        switch root["Statement"] {
        case .array(let items): statementValues = items
        case .object(let single): statementValues = [.object(single)]
        case nil: throw .invalidElement(path: "Statement", reason: "missing")
        default: throw .invalidElement(path: "Statement", reason: "expected an object or a list of objects")
        }
        var statements: [PolicyStatement] = []
        for (index, value) in statementValues.enumerated() {
            statements.append(try Self.statement(value, path: "Statement[\(index)]"))
        }
        self.init(version: version, id: id, statements: statements)
    }

    private static let statementKeys: Set<String> = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    ]

    private static func statement(_ value: PolicyJSON, path: String) throws(PolicyDocumentError) -> PolicyStatement {
        guard case .object(let fields) = value else { throw .invalidElement(path: path, reason: "expected an object") }
        for key in fields.keys where !statementKeys.contains(key) {
            throw .invalidElement(path: "\(path).\(key)", reason: "not a statement element")
        }
        let effectText = try optionalString(fields["Effect"], path: "\(path).Effect")
        guard let effectText, let effect = PolicyStatement.Effect(rawValue: effectText) else {
            throw .invalidElement(path: "\(path).Effect", reason: "expected \"Allow\" or \"Deny\"")
        }
        return PolicyStatement(
            sid: try optionalString(fields["Sid"], path: "\(path).Sid"),
            effect: effect,
            principal: try principal(fields["Principal"], path: "\(path).Principal"),
            notPrincipal: try principal(fields["NotPrincipal"], path: "\(path).NotPrincipal"),
            action: try stringList(fields["Action"], path: "\(path).Action"),
            notAction: try stringList(fields["NotAction"], path: "\(path).NotAction"),
            resource: try stringList(fields["Resource"], path: "\(path).Resource"),
            notResource: try stringList(fields["NotResource"], path: "\(path).NotResource"),
            condition: try condition(fields["Condition"], path: "\(path).Condition"))
    }

    private static func optionalString(_ value: PolicyJSON?, path: String) throws(PolicyDocumentError) -> String? {
        switch value {
        case nil: return nil
        case .string(let s): return s
        default: throw .invalidElement(path: path, reason: "expected a string")
        }
    }

    /// A string or a list of strings.
    private static func stringList(_ value: PolicyJSON?, path: String) throws(PolicyDocumentError) -> [String]? {
        switch value {
        case nil: return nil
        case .string(let s): return [s]
        case .array(let items):
            var strings: [String] = []
            for (index, item) in items.enumerated() {
                guard case .string(let s) = item else {
                    throw .invalidElement(path: "\(path)[\(index)]", reason: "expected a string")
                }
                strings.append(s)
            }
            return strings
        default:
            throw .invalidElement(path: path, reason: "expected a string or a list of strings")
        }
    }

    private static func principal(_ value: PolicyJSON?, path: String) throws(PolicyDocumentError) -> PolicyPrincipal? {
        switch value {
        case nil: return nil
        case .string("*"): return .anyone
        case .object(let kinds):
            var map: [String: [String]] = [:]
            for (kind, ids) in kinds {
                map[kind] = try stringList(ids, path: "\(path).\(kind)") ?? []
            }
            return .entities(map)
        default:
            throw .invalidElement(path: path, reason: "expected \"*\" or an object such as {\"Service\": \"...\"}")
        }
    }

    private static func condition(_ value: PolicyJSON?, path: String) throws(PolicyDocumentError) -> [String: [String:
        [String]]]?
    {
        guard let value else { return nil }
        guard case .object(let operators) = value else {
            throw .invalidElement(path: path, reason: "expected an object")
        }
        var result: [String: [String: [String]]] = [:]
        for (op, keysValue) in operators {
            guard case .object(let keys) = keysValue else {
                throw .invalidElement(path: "\(path).\(op)", reason: "expected an object of condition keys")
            }
            var entries: [String: [String]] = [:]
            for (key, raw) in keys {
                let items: [PolicyJSON]
                if case .array(let list) = raw { items = list } else { items = [raw] }
                var texts: [String] = []
                for (index, item) in items.enumerated() {
                    guard let text = item.scalarText else {
                        throw .invalidElement(
                            path: "\(path).\(op).\(key)[\(index)]", reason: "expected a string, number or boolean")
                    }
                    texts.append(text)
                }
                entries[key] = texts
            }
            result[op] = entries
        }
        return result
    }
}
