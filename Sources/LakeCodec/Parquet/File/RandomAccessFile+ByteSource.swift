/// A local file is a byte source named by its path.
extension RandomAccessFile: ByteSource {
    package var name: String { path }
}
