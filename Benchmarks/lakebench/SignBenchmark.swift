import AWSSigV4
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lakebench sign [N]`: SigV4 header signing of N varied, realistic requests — Glue and Lake Formation
/// JSON calls, STS query-protocol POSTs, REST GETs with query strings — with session credentials, one
/// core; the seconds reported are the thread's CPU time. The payload hash is computed inside the timed loop, as botocore's `SigV4Auth.add_auth` does,
/// so `scripts/bench/botocore_sign.py` measures the same work.
enum SignBenchmark {
    /// A request and its body, prepared before timing.
    struct Item {
        let request: SignableRequest
        let body: [UInt8]
    }

    static func run(_ arguments: [String]) {
        let count = arguments.first.flatMap(Int.init) ?? 20_000
        guard count > 0 else {
            FileHandle.standardError.write(Data("lakebench sign: N must be a positive integer\n".utf8))
            exit(2)
        }
        let requests = (0..<count).map(makeRequest)
        let signer = SigV4Signer(
            credentials: SigningCredentials(
                accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                sessionToken: String(repeating: "FwoGZXIvYXdzEBYaDExampleSessionToken", count: 8)),
            region: "us-east-1", service: "glue")
        let base = 1_700_000_000.0

        // Warm-up outside the timing (first key derivation, libcrypto's lazy initialisation, first-touch
        // page faults); botocore_sign.py does the same.
        var checksum: UInt64 = 0
        for item in requests.prefix(1_000) {
            let signed = signer.sign(
                item.request, payload: .hashing(item.body), date: Date(timeIntervalSince1970: base))
            checksum &+= UInt64(signed.request.headers.last?.value.utf8.last ?? 0)
        }
        let start = threadCPUSeconds()
        for index in requests.indices {
            let item = requests[index]
            let date = Date(timeIntervalSince1970: base + Double(index % 3_600))
            let signed = signer.sign(item.request, payload: .hashing(item.body), date: date)
            checksum &+= UInt64(signed.request.headers.last?.value.utf8.last ?? 0)
        }
        let seconds = max(threadCPUSeconds() - start, 1e-9)
        keep(checksum)
        print("sign: \(count) requests in \(format(seconds, digits: 3)) seconds, \(Int(Double(count) / seconds)) req/s")
    }

    /// Four request shapes, each with per-request paths, queries and bodies.
    static func makeRequest(_ index: Int) -> Item {
        switch index % 4 {
        case 0:
            let body = #"{"DatabaseName":"db\#(index % 7)","Name":"table_\#(index)","CatalogId":"123456789012"}"#
            return Item(
                request: SignableRequest(
                    method: "POST", path: "/",
                    headers: [
                        SignableHeader("Host", "glue.us-east-1.amazonaws.com"),
                        SignableHeader("Content-Type", "application/x-amz-json-1.1"),
                        SignableHeader("X-Amz-Target", "AWSGlue.GetTable"),
                        SignableHeader("User-Agent", "lakectl/0.1"),
                    ]), body: Array(body.utf8))
        case 1:
            let body =
                "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Flake-\(index)&RoleSessionName=lakectl-\(index)"
            return Item(
                request: SignableRequest(
                    method: "POST", path: "/",
                    headers: [
                        SignableHeader("Host", "sts.us-east-1.amazonaws.com"),
                        SignableHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                        SignableHeader("User-Agent", "lakectl/0.1"),
                    ]), body: Array(body.utf8))
        case 2:
            let body =
                #"{"CatalogId":"123456789012","DatabaseName":"sales","TableName":"orders_\#(index)","MaxResults":100}"#
            return Item(
                request: SignableRequest(
                    method: "POST", path: "/GetTableObjects",
                    query: "maxResults=100&nextToken=tok\(index)",
                    headers: [
                        SignableHeader("Host", "lakeformation.us-east-1.amazonaws.com"),
                        SignableHeader("Content-Type", "application/json"),
                        SignableHeader("User-Agent", "lakectl/0.1"),
                    ]), body: Array(body.utf8))
        default:
            return Item(
                request: SignableRequest(
                    method: "GET", path: "/databases/db\(index % 13)/tables/part%20\(index)",
                    query: "max-items=50&prefix=sales%20\(index)&expression=a*",
                    headers: [
                        SignableHeader("Host", "glue.us-east-1.amazonaws.com"),
                        SignableHeader("Accept", "application/json"),
                        SignableHeader("User-Agent", "lakectl/0.1"),
                    ]), body: [])
        }
    }

    /// CPU time of this thread. The benchmark machine is shared, so wall time would mostly measure the
    /// other processes; CPU time is the per-core cost botocore_sign.py measures too (`time.thread_time`).
    static func threadCPUSeconds() -> Double {
        var now = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0 else { return 0 }
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func format(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// Keeps the optimiser from discarding the signing loop.
    @inline(never)
    static func keep(_ value: UInt64) {
        if value == 0x5eed { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
