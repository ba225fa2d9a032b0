import AWSCore

/// Every service lakectl speaks to, each as its client declares it (signing name, endpoint prefix, wire
/// protocol). The session resolves endpoint overrides for all of them at start-up, so a broken `services`
/// section in the config file is reported before the first call; a new service adds its line here, beside
/// its own declaration, and nothing above this layer changes.
package enum ServiceCatalog {
    package static let all: [ServiceConfig] = [
        STSClient.service, IAMClient.service, KMSClient.service, S3Client.service, RDSClient.service,
        GlueClient.service, AthenaClient.service, LakeFormationClient.service, FirehoseClient.service,
        CloudWatchLogsClient.service, TaggingClient.service,
    ]
}
