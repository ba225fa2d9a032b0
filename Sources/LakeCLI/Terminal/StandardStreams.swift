import Foundation

/// The only place lakectl writes to stdout and stderr. Writes go straight to the file descriptors
/// (no buffering surprises when a command exits with an error right after printing).
package enum StandardStreams {
    package static func out(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    package static func err(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Exactly these bytes on stdout, no newline added (`lakectl sign` prints a request byte for byte).
    package static func outBytes(_ bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Text on stderr exactly as given (progress redraws with `\r` and no newline).
    package static func errRaw(_ text: String) {
        write(Array(text.utf8), to: STDERR_FILENO)
    }

    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        write(bytes, to: fd)
    }

    private static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let n = Foundation.write(fd, base + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
