import CCurl

/// `curl_global_init` must run once, before any other curl call and before threads use curl. A lazily
/// initialised `static let` runs exactly once (Swift guarantees thread-safe one-time initialisation).
enum CurlGlobal {
    /// The CURLcode of the one `curl_global_init` call.
    static let initResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

    static func ensureInitialised() throws(HTTPTransportError) {
        let code = initResult
        guard code == CURLE_OK else {
            throw .setup("curl_global_init failed: \(CurlGlobal.message(for: code))")
        }
    }

    /// curl's static description of an error code.
    static func message(for code: CURLcode) -> String {
        guard let text = curl_easy_strerror(code) else { return "curl error \(code.rawValue)" }
        return String(cString: text)
    }
}
