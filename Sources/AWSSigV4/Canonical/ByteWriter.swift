import Foundation

/// A growable byte buffer for building canonical requests without `Array`'s per-append uniqueness and
/// capacity checks, which dominated signing time in profiles. Non-copyable, so a heap allocation has
/// one owner and is freed exactly once.
///
/// It can start in caller-provided (usually stack) memory; if that turns out too small it moves to the
/// heap, so a wrong size estimate costs a copy, never correctness.
struct ByteWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    private var owned: Bool

    init(capacity: Int) {
        self.capacity = max(capacity, 32)
        base = .allocate(capacity: self.capacity)
        owned = true
    }

    /// Writes into `storage` (not owned, must outlive the writer) until it is full.
    init(storage: UnsafeMutableBufferPointer<UInt8>) {
        if let start = storage.baseAddress, storage.count > 0 {
            base = start
            capacity = storage.count
            owned = false
        } else {
            capacity = 32
            base = .allocate(capacity: capacity)
            owned = true
        }
    }

    deinit {
        if owned { base.deallocate() }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ string: String) {
        UTF8Access.with(string) { append($0) }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the lowercase hex of `bytes`.
    mutating func appendHex(_ bytes: UnsafeBufferPointer<UInt8>) {
        if count + bytes.count * 2 > capacity { grow(to: count + bytes.count * 2) }
        Hex.write(bytes, to: base + count)
        count += bytes.count * 2
    }

    /// Lets `body` write up to `maximum` bytes at the end directly; it returns how many it wrote.
    mutating func appendWritten(maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + maximum > capacity { grow(to: count + maximum) }
        count += min(maximum, max(0, body(base + count)))
    }

    /// Makes room for `extra` more bytes up front, so the appends that follow never reallocate.
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Runs `body` with a writer that starts in stack memory and moves to the heap only if it outgrows
    /// it. The stack part is capped at `stackLimit`: above that the standard library asks the runtime
    /// whether the stack has room, and on Linux's main thread it answers no, so a larger request would
    /// silently heap-allocate on every call.
    static func withTemporary<R>(capacity: Int, _ body: (inout ByteWriter) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: min(max(capacity, 1), stackLimit)) { storage in
            var writer = ByteWriter(storage: storage)
            return body(&writer)
        }
    }

    /// The most `withUnsafeTemporaryAllocation` always places on the stack.
    static let stackLimit = 1_024

    /// The bytes as a `String` (they are ASCII or UTF-8 taken from `String`s).
    func string() -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            guard let target = buffer.baseAddress else { return 0 }
            target.update(from: base, count: count)
            return count
        }
    }

    @inline(never)
    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        if owned { base.deallocate() }
        base = newBase
        capacity = newCapacity
        owned = true
    }
}
