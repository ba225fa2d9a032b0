import CCurl
import Foundation

/// Translates an `HTTPRequest` into easy-handle options, and curl results back into our terms. Kept
/// apart from `CurlTransport` so the option list can be read in one place.
enum CurlRequestSetup {
    /// Sets every option for one transfer; returns the first failing CURLcode, or CURLE_OK.
    static func apply(
        _ request: HTTPRequest, to handle: UnsafeMutableRawPointer, headers: UnsafeMutablePointer<curl_slist>?,
        context: UnsafeMutableRawPointer, errorBuffer: UnsafeMutablePointer<CChar>,
        configuration: CurlTransport.Configuration
    ) -> CURLcode {
        var result = CURLE_OK
        func check(_ code: CURLcode) { if result == CURLE_OK && code != CURLE_OK { result = code } }

        check(lakectl_curl_setopt_str(handle, CURLOPT_URL, request.url))
        check(lakectl_curl_setopt_ptr(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        // Required when several threads use curl: no SIGALRM-based DNS timeouts.
        check(lakectl_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        check(lakectl_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1))
        check(lakectl_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2))
        if let bundle = configuration.caBundlePath {
            check(lakectl_curl_setopt_str(handle, CURLOPT_CAINFO, bundle))
        }
        check(lakectl_curl_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1))
        check(
            lakectl_curl_setopt_long(
                handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(configuration.connectTimeoutSeconds)))
        if configuration.stallTimeoutSeconds > 0 {
            check(lakectl_curl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1))
            check(lakectl_curl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, configuration.stallTimeoutSeconds))
        }
        let total = request.timeoutSeconds ?? configuration.timeoutSeconds
        check(lakectl_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, milliseconds(total)))

        check(lakectl_curl_setopt_write(handle, writeCallback))
        check(lakectl_curl_setopt_ptr(handle, CURLOPT_WRITEDATA, context))
        check(lakectl_curl_setopt_header(handle, headerCallback))
        check(lakectl_curl_setopt_ptr(handle, CURLOPT_HEADERDATA, context))
        check(lakectl_curl_setopt_xferinfo(handle, progressCallback))
        check(lakectl_curl_setopt_ptr(handle, CURLOPT_XFERINFODATA, context))
        check(lakectl_curl_setopt_long(handle, CURLOPT_NOPROGRESS, 0))

        let length: Int64
        switch request.body {
        case .empty: length = 0
        case .bytes(let bytes): length = Int64(bytes.count)
        case .file(_, let size): length = max(0, size)
        }
        let method = request.method.uppercased()
        switch method {
        case "GET" where length == 0:
            check(lakectl_curl_setopt_long(handle, CURLOPT_HTTPGET, 1))
        case "HEAD":
            check(lakectl_curl_setopt_long(handle, CURLOPT_NOBODY, 1))
        case "POST":
            check(lakectl_curl_setopt_long(handle, CURLOPT_POST, 1))
            check(lakectl_curl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(length)))
            check(lakectl_curl_setopt_read(handle, readCallback))
            check(lakectl_curl_setopt_ptr(handle, CURLOPT_READDATA, context))
        default:
            if length > 0 || method == "PUT" {
                // UPLOAD sends the body from READFUNCTION with a Content-Length; the custom method
                // string then replaces PUT where needed (PATCH, DELETE with a body).
                check(lakectl_curl_setopt_long(handle, CURLOPT_UPLOAD, 1))
                check(lakectl_curl_setopt_off(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(length)))
                check(lakectl_curl_setopt_read(handle, readCallback))
                check(lakectl_curl_setopt_ptr(handle, CURLOPT_READDATA, context))
            }
            if method != "PUT" && method != "GET" {
                check(lakectl_curl_setopt_str(handle, CURLOPT_CUSTOMREQUEST, method))
            }
        }
        check(lakectl_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headers))
        return result
    }

    /// The header list for curl. An empty value is written `Name;` (curl's syntax for "send empty");
    /// `Expect:` turns off curl's 100-continue wait, and `Content-Type:` stops curl from adding a
    /// form content type nobody signed.
    static func headerList(for request: HTTPRequest) -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for header in request.headers {
            // CR and LF would end the header line and let a value (an S3 metadata entry, say) inject
            // headers of its own; they are replaced by spaces, which HTTP treats as the same folding.
            let name = singleLine(header.name)
            let value = singleLine(header.value)
            let line = value.isEmpty ? "\(name);" : "\(name): \(value)"
            list = curl_slist_append(list, line)
        }
        if request.headers.value(for: "Expect") == nil { list = curl_slist_append(list, "Expect:") }
        if request.headers.value(for: "Content-Type") == nil { list = curl_slist_append(list, "Content-Type:") }
        return list
    }

    static func singleLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return String(text.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }

    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        let ms = (seconds * 1000).rounded(.up)
        return ms >= Double(Int32.max) ? Int(Int32.max) : Int(ms)
    }

    static func kind(of code: CURLcode) -> HTTPTransportError.Kind {
        switch code {
        case CURLE_COULDNT_CONNECT: return .connect
        case CURLE_COULDNT_RESOLVE_HOST: return .dns
        case CURLE_COULDNT_RESOLVE_PROXY: return .proxy
        case CURLE_OPERATION_TIMEDOUT: return .timeout
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_ENGINE_NOTFOUND:
            return .tls
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2,
            CURLE_HTTP2_STREAM:
            return .sendOrReceive
        default: return .other
        }
    }

    /// Error messages never show the query string: a presigned URL carries a signature and a token there.
    static func urlWithoutQuery(_ url: String) -> String {
        guard let index = url.firstIndex(of: "?") else { return url }
        return String(url[..<index])
    }
}

// MARK: - C callbacks (no captures; the transfer arrives through the userdata pointer)

private let writeCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let (total, overflow) = size.multipliedReportingOverflow(by: count)
    guard !overflow else { return 0 }
    return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().write(buffer, count: total)
}

private let headerCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let (total, overflow) = size.multipliedReportingOverflow(by: count)
    guard !overflow else { return 0 }
    return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().header(buffer, count: total)
}

private let readCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    buffer, size, count, context in
    guard let buffer, let context else { return Int(CURL_READFUNC_ABORT) }
    let (total, overflow) = size.multipliedReportingOverflow(by: count)
    guard !overflow else { return Int(CURL_READFUNC_ABORT) }
    return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().read(into: buffer, capacity: total)
}

/// Returning non-zero aborts the transfer with CURLE_ABORTED_BY_CALLBACK: how cancellation reaches curl.
private let progressCallback:
    @convention(c) (UnsafeMutableRawPointer?, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> Int32 = {
        context, _, _, _, _ in
        guard let context else { return 0 }
        return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
    }
