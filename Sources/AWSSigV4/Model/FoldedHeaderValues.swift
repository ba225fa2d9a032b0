/// How a header value that uses obsolete line folding (a continuation line starting with whitespace)
/// becomes one canonical value.
///
/// The two published copies of the AWS suite disagree on get-header-value-multiline: aws-c-auth's
/// expects `value1 value2 value3` (RFC 7230 §3.2.4: a fold is equivalent to a space, which is also what
/// "convert sequential spaces to a single space" in the SigV4 docs yields), while the 2015 suite
/// published by AWS expects `value1,value2,value3`. Real AWS clients never fold headers; the default
/// follows aws-c-auth and the current docs.
package enum FoldedHeaderValues: Sendable, Equatable {
    /// Each fold becomes one space, like any other run of whitespace.
    case joinedWithSpace
    /// Each folded line is a separate value, comma-joined (the 2015 aws-sig-v4-test-suite).
    case commaSeparated
}
