import CCurl
import Foundation

/// Idle curl easy handles, kept per host so the next request to that host reuses the handle's open
/// connection (keep-alive) instead of a new TCP + TLS handshake — the main cost of small AWS calls.
///
/// `@unchecked Sendable` is safe because every access to `idle` happens under `lock`, and a handle is
/// owned by exactly one transfer between `checkout` and `checkin`.
final class CurlHandlePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [String: [UnsafeMutableRawPointer]] = [:]
    private let maxIdlePerHost: Int

    init(maxIdlePerHost: Int) {
        self.maxIdlePerHost = max(0, maxIdlePerHost)
    }

    deinit {
        for handles in idle.values {
            for handle in handles { curl_easy_cleanup(handle) }
        }
    }

    /// An idle handle for `hostKey`, or a new one (nil only when curl cannot allocate).
    func checkout(hostKey: String) -> UnsafeMutableRawPointer? {
        lock.lock()
        if var handles = idle[hostKey], let handle = handles.popLast() {
            idle[hostKey] = handles
            lock.unlock()
            return handle
        }
        lock.unlock()
        return curl_easy_init()
    }

    /// Returns a handle after a transfer. Options are reset (the connection cache is kept); a handle
    /// whose transfer failed is closed instead, so a broken connection is never reused.
    func checkin(_ handle: UnsafeMutableRawPointer, hostKey: String, reusable: Bool) {
        guard reusable else {
            curl_easy_cleanup(handle)
            return
        }
        curl_easy_reset(handle)
        lock.lock()
        var handles = idle[hostKey, default: []]
        if handles.count < maxIdlePerHost {
            handles.append(handle)
            idle[hostKey] = handles
            lock.unlock()
        } else {
            lock.unlock()
            curl_easy_cleanup(handle)
        }
    }

    /// The scheme, host and port of a URL: the unit of connection reuse.
    static func hostKey(for url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        let scheme = components.scheme ?? "http"
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(components.host ?? ""):\(port)"
    }
}
