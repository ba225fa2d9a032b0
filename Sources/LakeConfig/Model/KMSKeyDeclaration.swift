/// `kms_keys.<name>`: a customer managed key found or created by its alias.
package struct KMSKeyDeclaration: Sendable, Equatable {
    package var name: String
    package var alias: String
    package var description: String?
    package var location: SourceLocation
}
