/// A data location registered with Lake Formation (API_ResourceInfo): an S3 ARN and the role LF uses for it.
package struct LFRegisteredResource: Decodable, Sendable, Equatable {
    package var resourceArn: String
    package var roleArn: String?

    package init(resourceArn: String, roleArn: String?) {
        self.resourceArn = resourceArn
        self.roleArn = roleArn
    }

    enum CodingKeys: String, CodingKey { case resourceArn = "ResourceArn", roleArn = "RoleArn" }
}
