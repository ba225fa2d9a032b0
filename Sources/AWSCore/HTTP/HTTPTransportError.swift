/// Why the transport could not produce an HTTP response. Carries curl's own message (which names the host
/// and the failure, never request headers) so a user can tell "connection refused" from "TLS failure" from
/// "timed out", and so the retry classifier can decide what is worth retrying.
package enum HTTPTransportError: Error, Sendable, Equatable {
    /// libcurl failed the transfer. `code` is the CURLcode, `message` curl's error buffer or strerror text.
    case curl(code: Int, kind: Kind, message: String, url: String)
    /// A local file named by the request (upload source or download target) could not be opened.
    case file(path: String, reason: String)
    /// libcurl could not be set up at all (out of memory, bad option).
    case setup(String)

    /// A coarse classification of curl failures, used by retries and by messages.
    package enum Kind: String, Sendable, Equatable {
        case connect, timeout, tls, dns, proxy, sendOrReceive, other
    }

    /// True for failures where the request may never have reached the service, or the connection broke;
    /// AWS SDKs retry these as transient.
    package var isConnectionError: Bool {
        guard case .curl(_, let kind, _, _) = self else { return false }
        return kind == .connect || kind == .dns || kind == .sendOrReceive || kind == .timeout || kind == .proxy
    }

    package var isTimeout: Bool {
        guard case .curl(_, let kind, _, _) = self else { return false }
        return kind == .timeout
    }
}

extension HTTPTransportError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .curl(let code, let kind, let message, let url):
            return "HTTP transfer to \(url) failed (\(kind.rawValue), curl error \(code)): \(message)"
        case .file(let path, let reason):
            return "cannot use file \(path) for the HTTP transfer: \(reason)"
        case .setup(let reason):
            return "cannot set up libcurl: \(reason)"
        }
    }
}
