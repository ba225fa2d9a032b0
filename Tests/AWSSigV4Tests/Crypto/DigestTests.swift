import Testing

@testable import AWSSigV4

@Suite struct DigestTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256Digest.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256Digest.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func portableMatchesLibcryptoAcrossBlockBoundaries() {
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var portable = PortableSHA256()
            bytes.withUnsafeBytes { portable.update($0) }
            #expect(Hex.lowercase(portable.finish()) == SHA256Digest.hex(bytes), "length \(length)")
        }
    }

    /// RFC 4231 test cases 2 and 6 (short key; key longer than a block).
    @Test func hmacRFC4231() {
        #expect(
            Hex.lowercase(HMACSHA256.mac(key: Array("Jefe".utf8), message: "what do ya want for nothing?".utf8))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(
            Hex.lowercase(
                HMACSHA256.mac(
                    key: [UInt8](repeating: 0xaa, count: 131),
                    message: "Test Using Larger Than Block-Size Key - Hash Key First".utf8))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func unpreparedFallbackMatchesPreparedPath() {
        for keyLength in [0, 4, 32, 64, 65, 131] {
            let key = (0..<keyLength).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
            for message in ["", "what do ya want for nothing?", String(repeating: "m", count: 200)] {
                #expect(
                    HMACKey(key, prepareContexts: false).mac(Array(message.utf8))
                        == HMACKey(key).mac(Array(message.utf8)),
                    "key length \(keyLength)")
            }
        }
    }

    @Test func preparedKeyIsReusable() {
        let key = HMACKey(Array("Jefe".utf8))
        let first = key.mac(Array("what do ya want for nothing?".utf8))
        let second = key.mac(Array("what do ya want for nothing?".utf8))
        #expect(first == second)
        #expect(Hex.lowercase(first) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}
