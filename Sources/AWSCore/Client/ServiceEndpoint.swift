/// The endpoint one service's calls go to, and the region their signatures name.
package struct ServiceEndpoint: Sendable, Equatable {
    /// Scheme, host and optional port (and base path), without a trailing slash.
    package var url: String
    package var signingRegion: String
    /// True when the URL came from configuration rather than AWS's naming rules.
    package var isCustom: Bool

    package init(url: String, signingRegion: String, isCustom: Bool) {
        self.url = url
        self.signingRegion = signingRegion
        self.isCustom = isCustom
    }
}
