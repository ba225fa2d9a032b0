/// Thrown by a typed read of a field whose wire type differs from the declared one, before any of its
/// value is consumed; the enclosing `ThriftCompactReader.readStruct` catches it for that field and skips the
/// value, so it never escapes the reader.
struct ThriftFieldTypeMismatch: Error {
    /// File offset of the field header, naming which field the struct loop must skip.
    let fieldOffset: Int
}
