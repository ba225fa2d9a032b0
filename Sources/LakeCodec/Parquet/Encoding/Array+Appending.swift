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

extension Array where Element: BitwiseCopyable {
    /// Appends `count` elements that `body` writes straight into the array's new storage (all `count` of
    /// them), instead of appending zeros for `body` to overwrite: a decoded page's values are written to
    /// memory once, not twice. Grows geometrically, as `reserveForAppending` does.
    @inline(__always)
    mutating func appendUninitialized(_ count: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Void) {
        guard count > 0 else { return }
        reserveForAppending(count)
        append(addingCapacity: count) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                body(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
                initialized = count
            }
        }
    }
}
