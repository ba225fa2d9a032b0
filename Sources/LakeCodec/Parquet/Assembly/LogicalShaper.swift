/// Turns raw assembled trees into logical values following the LIST and MAP rules of LogicalTypes.md,
/// including its backward-compatibility rules: two-level lists (the repeated field is the element),
/// elements named `array` or `<list>_tuple`, and bare repeated fields (lists of required elements).
enum LogicalShaper {
    static func shape(_ v: Value, _ node: SchemaNode) -> Value {
        if case .null = v { return .null }
        if node.isRepeated, case .list(let items) = v {
            return .list(items.map { shapeInstance($0, node) })
        }
        return shapeInstance(v, node)
    }

    static func isList(_ node: SchemaNode) -> Bool {
        if case .list? = node.element.logicalType { return true }
        return node.element.convertedType == .list
    }

    static func isMap(_ node: SchemaNode) -> Bool {
        if case .map? = node.element.logicalType { return true }
        return node.element.convertedType == .map || node.element.convertedType == .mapKeyValue
    }

    /// For a LIST-annotated group: whether the repeated child itself is the element (two-level list).
    static func repeatedChildIsElement(_ list: SchemaNode, _ r: SchemaNode) -> Bool {
        r.isLeaf || r.children.count > 1 || r.name == "array" || r.name == list.name + "_tuple"
    }

    static func shapeInstance(_ v: Value, _ node: SchemaNode) -> Value {
        if node.isLeaf || node.children.isEmpty { return v }
        guard case .structure(let fields) = v else { return v }
        if node.children.count == 1, node.children[0].isRepeated, isList(node) || isMap(node),
            let f = fields.first, case .list(let items) = f.value
        {
            let r = node.children[0]
            if isMap(node), !r.isLeaf, r.children.count >= 2 {
                return .map(
                    items.map { item in
                        guard case .structure(let kv) = item else { return Value.MapEntry(.null, .null) }
                        let key = kv.first.map { shape($0.value, r.children[0]) } ?? .null
                        let value = kv.count > 1 && r.children.count > 1 ? shape(kv[1].value, r.children[1]) : .null
                        return Value.MapEntry(key, value)
                    })
            }
            if isList(node) || isMap(node) {
                // A MAP whose key_value group lost its value reads as a list of keys (as pyarrow does).
                if repeatedChildIsElement(node, r) {
                    return .list(items.map { shapeInstance($0, r) })
                }
                let e = r.children[0]
                return .list(
                    items.map { item in
                        guard case .structure(let inner) = item, let first = inner.first else { return .null }
                        return shape(first.value, e)
                    })
            }
        }
        var out: [Value.Field] = []
        out.reserveCapacity(fields.count)
        for (f, child) in zip(fields, node.children) {
            out.append(Value.Field(f.name, shape(f.value, child)))
        }
        return .structure(out)
    }
}
