/// A parsed INI file in the dialect the AWS CLI and SDKs accept for `~/.aws/config` and `~/.aws/credentials`.
/// This layer knows nothing about profiles: `SharedConfig` gives section names their meaning.
package struct INIFile: Sendable, Equatable {
    /// The path as shown to people.
    package var path: String
    /// Sections in file order. A name that appears twice is kept twice; readers merge (later lines win).
    package var sections: [INISection]

    package init(path: String, sections: [INISection]) {
        self.path = path
        self.sections = sections
    }
}

/// One `[name]` section. `name` is the text between the brackets with surrounding whitespace removed.
package struct INISection: Sendable, Equatable {
    package var name: String
    package var location: ConfigLocation
    package var properties: [INIProperty]

    package init(name: String, location: ConfigLocation, properties: [INIProperty] = []) {
        self.name = name
        self.location = location
        self.properties = properties
    }
}

/// One `key = value` line. Keys are lower-cased (the CLI's parser does the same, so `AWS_Access_Key_ID`
/// works). A key with an empty value followed by indented `k = v` lines (the `[services]` form
/// `s3 =\n  endpoint_url = …`) carries those as `subProperties`; other indented lines continue the value.
package struct INIProperty: Sendable, Equatable {
    package var key: String
    package var value: String
    package var subProperties: [String: String]
    package var location: ConfigLocation

    package init(key: String, value: String, subProperties: [String: String] = [:], location: ConfigLocation) {
        self.key = key
        self.value = value
        self.subProperties = subProperties
        self.location = location
    }
}
