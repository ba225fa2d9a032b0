extension Array {
    /// Makes room for `extra` more elements with geometric growth. `reserveCapacity(count + extra)` alone
    /// allocates exactly that much, so a column filled page by page would be reallocated and copied on
    /// every page; doubling keeps the total copying linear.
    @inline(__always)
    mutating func reserveForAppending(_ extra: Int) {
        let needed = count + Swift.max(0, extra)
        if needed > capacity { reserveCapacity(Swift.max(needed, capacity * 2)) }
    }
}
