import Testing

@testable import LakeCodec

@Suite("PageIterator")
struct PageIteratorTests {
    /// A PageHeader (dictionary page of 4 bytes) with an unknown binary field of `padding` bytes that a
    /// Thrift reader skips, followed by the 4-byte payload.
    static func page(padding: Int) -> [UInt8] {
        var w = ThriftTestWriter()
        w.i32(1, 2)
        w.i32(2, 4)
        w.i32(3, 4)
        w.beginStruct(7)
        w.i32(1, 1)
        w.i32(2, 0)
        w.endStruct()
        w.binary(99, [UInt8](repeating: 0xAB, count: padding))
        w.stop()
        return w.bytes + [1, 2, 3, 4]
    }

    @Test("a header with skippable fields within the bound reads, payload after it")
    func withinBound() throws {
        let bytes = Self.page(padding: 1000)
        var pages = PageIterator(bytes: bytes, baseOffset: 4, column: "x")
        let page = try #require(try pages.next())
        #expect(page.header.type == .dictionaryPage)
        #expect(Array(try pages.payload(page)) == [1, 2, 3, 4])
        #expect(try pages.next() == nil)
    }

    @Test("a header that does not end within 16 MiB is corrupt, named with its column and offset")
    func headerTooLarge() throws {
        let bytes = Self.page(padding: PageIterator.maxPageHeaderSize + 10)
        var pages = PageIterator(bytes: bytes, baseOffset: 4, column: "x")
        #expect {
            _ = try pages.next()
        } throws: { error in
            guard case .corrupt(let what, let offset, let reason) = error as? CodecError else { return false }
            return what.contains("'x'") && offset == 4 && reason.contains("does not end within 16777216 bytes")
        }
    }
}
