import Testing

@testable import AWSSigV4

@Suite struct CanonicalQueryTests {
    func canonical(_ query: String) -> String {
        var out = ByteWriter(capacity: 16)
        CanonicalQuery.append(query: query, to: &out)
        return out.string()
    }

    @Test(arguments: [
        ("", ""), ("a", "a="), ("b=2&a=1", "a=1&b=2"), ("a=2&a=1&a=10", "a=1&a=10&a=2"),
        ("Param-3=Value3&Param=Value2&%E1%88%B4=Value1", "%E1%88%B4=Value1&Param=Value2&Param-3=Value3"),
        ("ሴ=bar", "%E1%88%B4=bar"), ("k=a b+c/d", "k=a%20b%2Bc%2Fd"), ("k=%7e%41", "k=~A"), ("&&a=1&", "a=1"),
        ("B=1&a=2", "B=1&a=2"), ("x=%zz", "x=%25zz"), ("a=b=c", "a=b%3Dc"),
    ])
    func encodesAndSorts(_ query: String, _ expected: String) {
        #expect(canonical(query) == expected)
    }
}
