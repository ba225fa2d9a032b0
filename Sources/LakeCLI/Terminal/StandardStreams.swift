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

    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
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
