import Testing

@testable import LakeOrchestration

/// A crawler's exclude globs, matched against keys relative to the target's path as Glue matches them.
@Suite struct CrawlExclusionTests {
    @Test(arguments: [
        ("*.csv", "a.csv", true), ("*.csv", "x/a.csv", false), ("**.csv", "x/y/a.csv", true),
        ("orders/**", "orders/day=1/p.csv", true), ("orders/**", "customers/c.csv", false),
        ("orders/*", "orders/day=1/p.csv", false), ("orders/*/*", "orders/day=1/p.csv", true),
        ("**/_tmp/**", "a/_tmp/b/c.csv", true), ("part-?.csv", "part-1.csv", true),
        ("part-?.csv", "part-10.csv", false),
        ("day=2024-0[1-3]-*/*", "day=2024-02-09/p.csv", true), ("day=2024-0[1-3]-*/*", "day=2024-04-01/p.csv", false),
        ("[!a-m]*.csv", "x.csv", true), ("[!a-m]*.csv", "b.csv", false),
        ("*.{json,txt}", "a.txt", true), ("*.{json,txt}", "a.json", true), ("*.{json,txt}", "a.csv", false),
        ("{orders,customers}/**", "customers/c.csv", true), ("a\\*b", "a*b", true), ("a\\*b", "axb", false),
        ("[unclosed", "[unclosed", true), ("{unclosed", "{unclosed", true),
    ])
    func matchesAsTheCrawlerDoes(pattern: String, key: String, excluded: Bool) {
        #expect(CrawlExclusion(pattern).excludes(key) == excluded, "\(pattern) on \(key)")
    }
}
