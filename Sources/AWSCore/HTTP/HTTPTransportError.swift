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

    /// True unless a second attempt cannot change the outcome. Every AWS request can be re-sent (bodies are
    /// bytes in memory or a file reopened per attempt), so any failure of the exchange itself is worth
    /// another attempt on a fresh connection: a reset, an empty or cut-off reply, a reply curl cannot parse
    /// ("Received HTTP/0.9 when not allowed", error 1, after garbage on a connection), curl's own failed
    /// internal re-send (error 65). Not retried: certificate and TLS set-up problems, a malformed URL,
    /// local file and memory failures, cancellation.
    package var isRetryable: Bool {
        guard case .curl(let code, let kind, _, _) = self else { return false }
        if kind == .tls { return code == HTTPTransportError.tlsHandshakeFailed }
        return !HTTPTransportError.permanentCurlCodes.contains(code)
    }

    /// CURLE_SSL_CONNECT_ERROR: the handshake broke off (a reset mid-handshake), unlike a certificate
    /// that failed verification.
    static let tlsHandshakeFailed = 35

    /// CURLcodes a retry cannot fix: FAILED_INIT 2, URL_MALFORMAT 3, NOT_BUILT_IN 4, WRITE_ERROR 23 and
    /// READ_ERROR 26 (a local file), OUT_OF_MEMORY 27, FILE_COULDNT_READ_FILE 37, ABORTED_BY_CALLBACK 42
    /// (cancellation), BAD_FUNCTION_ARGUMENT 43, UNKNOWN_OPTION 48, FILESIZE_EXCEEDED 63.
    static let permanentCurlCodes: Set<Int> = [2, 3, 4, 23, 26, 27, 37, 42, 43, 48, 63]

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
