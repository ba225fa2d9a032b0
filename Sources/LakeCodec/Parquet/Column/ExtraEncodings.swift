/// Encodings other than PLAIN and dictionary, dispatched to the parquet-enc decoders.
enum ExtraEncodings {
    static func decode(
        _ c: inout ByteCursor, encoding: Encoding, count: Int, descriptor: ColumnDescriptor, into values: inout ColumnValues
    ) throws {
        throw CodecError.unsupported(what: "\(encoding.name) encoding for \(descriptor.physicalType.name) column '\(descriptor.dottedPath)'")
    }
}
