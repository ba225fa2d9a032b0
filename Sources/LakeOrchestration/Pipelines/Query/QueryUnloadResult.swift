/// What `lakectl query --unload s3://prefix/` leaves behind: the files Athena wrote there (the result of a
/// query too large for one machine stays in S3), with the query's status for the footer.
package struct QueryUnloadResult: Sendable, Equatable {
    package var status: QueryStatus
    /// `s3://bucket/prefix/` the files were written under.
    package var location: String
    package var files: [File]

    package struct File: Sendable, Equatable {
        /// `s3://bucket/key`.
        package var url: String
        package var bytes: Int64

        package init(url: String, bytes: Int64) {
            self.url = url
            self.bytes = bytes
        }
    }

    package init(status: QueryStatus, location: String, files: [File]) {
        self.status = status
        self.location = location
        self.files = files
    }
}
