/// A constant in a filter. Numbers keep the text written (`1.50`), so a decimal compares exactly and the
/// printer gives back what was read. `position` is for error messages only; equality ignores it.
package struct FilterLiteral: Sendable, CustomStringConvertible {
    package enum Kind: Sendable, Equatable {
        case string(String)
        case number(String)
        case boolean(Bool)
    }

    package var kind: Kind
    package var position: Int

    package init(_ kind: Kind, position: Int = 0) {
        self.kind = kind
        self.position = position
    }

    /// The canonical spelling: strings single-quoted with `''`, booleans upper-case.
    package var description: String {
        switch kind {
        case .string(let s): return "'" + s.doublingQuotes("'") + "'"
        case .number(let n): return n
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        }
    }
}

extension FilterLiteral: Equatable {
    package static func == (a: FilterLiteral, b: FilterLiteral) -> Bool { a.kind == b.kind }
}
