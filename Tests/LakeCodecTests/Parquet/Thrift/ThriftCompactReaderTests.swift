import Testing

@testable import LakeCodec

@Suite struct ThriftCompactReaderTests {
    private func reader(_ w: ThriftTestWriter, maxDepth: Int = 64) -> ThriftCompactReader {
        ThriftCompactReader(ByteCursor(w.bytes), context: "Test", maxDepth: maxDepth)
    }

    @Test func readsScalarsWithShortAndLongFieldDeltas() throws {
        var w = ThriftTestWriter()
        w.i32(1, -7)
        w.i64(2, 1 << 40)
        w.bool(3, true)
        w.string(40, "héllo")  // delta > 15: long form header
        w.bool(41, false)
        w.stop()
        var r = reader(w)
        var seen: [Int16: String] = [:]
        try r.readStruct { r, f in
            switch f.id {
            case 1: seen[1] = String(try r.readI32(f, "a"))
            case 2: seen[2] = String(try r.readI64(f, "b"))
            case 3: seen[3] = String(try r.readBool(f, "c"))
            case 40: seen[40] = try r.readString(f, "d")
            case 41: seen[41] = String(try r.readBool(f, "e"))
            default: try r.skip(f)
            }
        }
        #expect(seen == [1: "-7", 2: String(1 << 40), 3: "true", 40: "héllo", 41: "false"])
        #expect(r.cursor.isAtEnd)
    }

    @Test func skipsUnknownFieldsOfEveryType() throws {
        var w = ThriftTestWriter()
        w.beginStruct(1)
        w.i32(1, 5)
        w.listHeader(2, .binary, count: 2)
        w.varint(1); w.bytes.append(65)
        w.varint(0)
        w.endStruct()
        w.field(2, .double); w.bytes += [0, 0, 0, 0, 0, 0, 0xF0, 0x3F]
        w.field(3, .map); w.varint(1); w.bytes.append(0x85)  // binary keys, i32 values
        w.varint(2); w.bytes += [1, 2]; w.zigzag(3)
        w.i32(4, 99)
        w.stop()
        var r = reader(w)
        var last: Int32 = 0
        try r.readStruct { r, f in
            if f.id == 4 { last = try r.readI32(f, "x") } else { try r.skip(f) }
        }
        #expect(last == 99)
    }

    @Test func rejectsListLongerThanTheBytesLeft() {
        var w = ThriftTestWriter()
        w.listHeader(1, .i32, count: 1_000_000)
        w.stop()
        var r = reader(w)
        expectCodecError(.corrupt) {
            try r.readStruct { r, f in _ = try r.readList(f, "l") { r, t in try r.element32(t, "l") } }
        }
    }

    @Test func rejectsStringLongerThanTheBytesLeft() {
        var w = ThriftTestWriter()
        w.field(1, .binary)
        w.varint(1 << 40)
        w.bytes += [1, 2, 3]
        var r = reader(w)
        expectCodecError(.truncated) { try r.readStruct { r, f in _ = try r.readBinary(f, "s") } }
    }

    @Test func limitsNestingDepth() {
        var w = ThriftTestWriter()
        for _ in 0..<100 { w.beginStruct(1) }
        var r = reader(w, maxDepth: 16)
        expectCodecError(.limitExceeded) { try r.readStruct { r, f in try r.skip(f) } }
    }

    @Test func skipsAKnownFieldWhoseWireTypeDiffersFromTheDeclaredOne() throws {
        // Old writers reused field ids with other types; generated Thrift readers skip such a field.
        var w = ThriftTestWriter()
        w.string(1, "not a number")
        w.beginStruct(2)
        w.i32(1, 5)
        w.endStruct()
        w.i32(3, 42)
        w.stop()
        var r = reader(w)
        var seen: [Int16: Int32] = [:]
        try r.readStruct { r, f in seen[f.id] = try r.readI32(f, "n") }
        #expect(seen == [3: 42])
        #expect(r.cursor.isAtEnd)
    }

    @Test func skipsAMistypedFieldInsideANestedStructOnly() throws {
        var w = ThriftTestWriter()
        w.beginStruct(1)
        w.string(1, "old")
        w.i32(2, 7)
        w.endStruct()
        w.i32(2, 9)
        w.stop()
        var r = reader(w)
        var inner: [Int16: Int32] = [:]
        var outer: Int32 = 0
        try r.readStruct { r, f in
            if f.id == 1 {
                try r.readStruct(f, "inner") { r in
                    try r.readStruct { r, g in inner[g.id] = try r.readI32(g, "inner.n") }
                }
            } else {
                outer = try r.readI32(f, "outer")
            }
        }
        #expect(inner == [2: 7])
        #expect(outer == 9)
    }

    @Test func truncatedInputThrowsAtEveryCut() {
        var w = ThriftTestWriter()
        w.i32(1, 123_456)
        w.string(2, "abcdef")
        w.listHeader(3, .i32, count: 3)
        w.zigzag(1); w.zigzag(2); w.zigzag(3)
        w.stop()
        for cut in 0..<w.bytes.count {
            var r = ThriftCompactReader(ByteCursor(Array(w.bytes[..<cut])), context: "Test")
            do {
                try r.readStruct { r, f in
                    switch f.id {
                    case 3: _ = try r.readList(f, "l") { r, t in try r.element32(t, "l") }
                    default: try r.skip(f)
                    }
                }
                Issue.record("cut at \(cut) decoded without error")
            } catch let e as CodecError {
                // A cut inside the list is caught up front: it declares more elements than bytes remain.
                #expect([.truncated, .corrupt].contains(CodecErrorKind(e)), "cut at \(cut): \(e)")
            } catch {
                Issue.record("cut at \(cut): \(error)")
            }
        }
    }
}
