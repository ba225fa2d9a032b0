import Testing

@testable import AWSSigV4

@Suite struct ByteWriterTests {
    @Test func outgrowingItsStackStorageKeepsEveryByte() {
        let text = ByteWriter.withTemporary(capacity: 4) { writer -> String in
            for index in 0..<3_000 { writer.append(UInt8(ascii: "a") + UInt8(index % 26)) }
            writer.append("-tail")
            return writer.string()
        }
        #expect(text.utf8.count == 3_005)
        #expect(text.hasPrefix("abcdefghijklmnopqrstuvwxyzab"))
        #expect(text.hasSuffix("-tail"))
    }

    @Test func appendsHexAndBuffers() {
        var writer = ByteWriter(capacity: 1)
        [UInt8]([0x00, 0x0f, 0xa5, 0xff]).withUnsafeBufferPointer { writer.appendHex($0) }
        writer.append([UInt8(ascii: "!")])
        #expect(writer.string() == "000fa5ff!")
    }

    /// A request far larger than the stack part of the buffers signs the same as it would by the spec:
    /// the canonical request holds every header byte.
    @Test func largeRequestsSign() {
        let big = String(repeating: "v", count: 5_000)
        let signer = SigV4Signer(
            credentials: SigningCredentials(accessKeyId: "AKID", secretAccessKey: "s"), region: "r", service: "s")
        let request = SignableRequest(
            method: "GET", path: "/" + String(repeating: "p", count: 2_000), query: "q=" + big,
            headers: [SignableHeader("Host", "h"), SignableHeader("X-Big", big)])
        let signed = signer.sign(request, payload: .emptyBody, date: .init(timeIntervalSince1970: 0))
        #expect(signed.canonicalRequest.contains("\nx-big:\(big)\n"))
        #expect(signed.canonicalRequest.contains("\nq=\(big)\n"))
        #expect(signed.signature.utf8.count == 64)
    }
}
