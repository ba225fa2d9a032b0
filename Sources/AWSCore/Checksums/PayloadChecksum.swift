import AWSSigV4
import Foundation

/// Body checksums some operations demand as headers: S3 DeleteObjects refuses a request without an
/// integrity header (Content-MD5 or, since 2022, `x-amz-checksum-sha256`, the base64 of the raw digest).
/// Here so services reach the SigV4 target's SHA-256 through AWSCore, the one target they import.
package enum PayloadChecksum {
    package static func sha256Base64(_ bytes: [UInt8]) -> String {
        Data(SHA256Digest.digest(bytes)).base64EncodedString()
    }
}
