/// Dictionary indices of an RLE_DICTIONARY (or deprecated PLAIN_DICTIONARY) data page (Encodings.md,
/// "Dictionary Encoding"): one byte holding the bit width, then the RLE/bit-packed hybrid running to the
/// end of the page's value bytes, with no length prefix.
enum DictionaryIndexDecoder {
    /// Appends `count` indices. With `dictionaryCount`, every index is checked to be in
    /// `0..<dictionaryCount` and an out-of-range index throws `CodecError.corrupt`.
    static func decode(
        _ c: inout ByteCursor, count: Int, dictionaryCount: Int? = nil, into out: inout [Int32]
    ) throws {
        let widthOffset = c.fileOffset
        // A page with no non-null values may carry no index bytes at all.
        if count == 0 && c.isAtEnd { return }
        let width = Int(try c.readByte("dictionary index bit width"))
        guard width <= 32 else {
            throw CodecError.corrupt(what: "dictionary index bit width", offset: widthOffset,
                                     reason: "bit width \(width) exceeds 32")
        }
        var decoder = try RLEBitPackedHybridDecoder(c, bitWidth: width)
        let base = out.count
        try decoder.decode(count: count, into: &out)
        c = decoder.cursor
        if let dictionaryCount {
            try validate(out, from: base, dictionaryCount: dictionaryCount, offset: widthOffset)
        }
    }

    /// Throws `CodecError.corrupt` if any of `indices[from...]` is outside `0..<dictionaryCount`.
    static func validate(_ indices: [Int32], from start: Int, dictionaryCount: Int, offset: Int) throws {
        // Unsigned comparison catches negative indices too; one branch-free pass, then a slow search
        // for the culprit only if something is wrong.
        let limit = UInt32(clamping: dictionaryCount)
        var bad = false
        indices.withUnsafeBufferPointer { buf in
            var i = start
            while i < buf.count {
                bad = bad || UInt32(bitPattern: buf[i]) >= limit
                i += 1
            }
        }
        guard bad else { return }
        for i in start..<indices.count where UInt32(bitPattern: indices[i]) >= limit {
            throw CodecError.corrupt(what: "dictionary index", offset: offset,
                                     reason: "index \(indices[i]) at value \(i - start) is outside a dictionary of \(dictionaryCount) entries")
        }
    }
}
