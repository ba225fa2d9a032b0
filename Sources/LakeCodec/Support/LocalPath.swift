#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system questions inference asks (is it a folder, how big, what is in it, where is it
/// absolutely), answered with POSIX calls so LakeCodec stays free of Foundation. Failures are
/// `CodecError.io` with the path and the system's reason.
package enum LocalPath {
    package struct Entry: Sendable, Equatable {
        package var name: String
        package var isDirectory: Bool
        package var size: Int
    }

    /// nil when `path` does not exist.
    package static func entry(_ path: String) -> Entry? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        return Entry(name: lastComponent(path), isDirectory: isDirectory, size: Int(clamping: info.st_size))
    }

    /// The entries of a folder, sorted by name so results do not depend on the directory order.
    package static func list(_ path: String) throws -> [Entry] {
        guard let dir = opendir(path) else { throw CodecError.io(path: path, reason: String(cString: strerror(errno))) }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let item = readdir(dir) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            if let entry = entry(join(path, name)) {
                out.append(Entry(name: name, isDirectory: entry.isDirectory, size: entry.size))
            }
        }
        return out.sorted { $0.name < $1.name }
    }

    /// The canonical absolute path (symlinks resolved), or `path` unchanged when it cannot be resolved.
    package static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package static func join(_ base: String, _ name: String) -> String {
        base.hasSuffix("/") ? base + name : base + "/" + name
    }

    package static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed.split(separator: "/").last.map(String.init) ?? String(trimmed)
    }

    package static func parent(_ path: String) -> String {
        let abs = absolute(path)
        guard let slash = abs.lastIndex(of: "/") else { return "." }
        return slash == abs.startIndex ? "/" : String(abs[..<slash])
    }

    /// The first `count` bytes of a file (fewer when it is shorter); for format detection.
    package static func head(_ path: String, count: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CodecError.io(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard got >= 0 else { throw CodecError.io(path: path, reason: String(cString: strerror(errno))) }
        return Array(bytes.prefix(got))
    }
}
