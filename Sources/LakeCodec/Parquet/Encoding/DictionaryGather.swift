/// Expands dictionary indices into values (the second half of RLE_DICTIONARY decoding, Encodings.md
/// "Dictionary Encoding"). Indices are validated in one branch-free pass before any value is copied, so
/// a corrupt index throws `CodecError.corrupt` instead of reading outside the dictionary.
/// Byte-array dictionaries use `BinaryArray.appendGathering(from:indices:)`.
enum DictionaryGather {
    static func gather<T>(_ dictionary: [T], indices: [Int32], into out: inout [T]) throws {
        try DictionaryIndexDecoder.validate(indices, from: 0, dictionaryCount: dictionary.count, offset: 0)
        out.reserveForAppending(indices.count)
        dictionary.withUnsafeBufferPointer { dict in
            indices.withUnsafeBufferPointer { idx in
                for i in idx {
                    // Validated above: 0 <= i < dict.count.
                    out.append(dict[Int(i)])
                }
            }
        }
    }

    static func gather(_ dictionary: BinaryArray, indices: [Int32], into out: inout BinaryArray) throws {
        try indices.withUnsafeBufferPointer { try out.appendGathering(from: dictionary, indices: $0) }
    }
}
