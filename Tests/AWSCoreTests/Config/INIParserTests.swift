import Testing

@testable import AWSCore

@Suite struct INIParserTests {
    @Test func sectionsPropertiesAndComments() throws {
        let text = """
            # full-line comment
            ; another comment
            [default]
            region = eu-west-1   # trailing comment after whitespace
            Output=json
            [profile dev] ; comment after header
              aws_access_key_id = AKIDEXAMPLE
            secret = ab#cd;ef

            [ profile  spaced ]
            key = value
            """
        let file = try INIParser.parse(text, path: "~/.aws/config")
        #expect(file.sections.map(\.name) == ["default", "profile dev", "profile  spaced"])
        let defaults = file.sections[0].properties
        #expect(defaults.map(\.key) == ["region", "output"])
        #expect(defaults[0].value == "eu-west-1")
        #expect(defaults[1].value == "json")
        #expect(defaults[0].location == ConfigLocation(path: "~/.aws/config", line: 4))
        let dev = file.sections[1].properties
        #expect(dev[0].value == "AKIDEXAMPLE")
        #expect(dev[1].value == "ab#cd;ef")
    }

    @Test func servicesSubSectionsAndContinuations() throws {
        let text = """
            [services local]
            s3 =
              endpoint_url = http://localhost:4566
              addressing_style = path   ; comment
            glue =
            \tendpoint_url = http://localhost:5000
            [profile dev]
            note = first
              second line
            """
        let file = try INIParser.parse(text, path: "config")
        let services = file.sections[0].properties
        #expect(services[0].key == "s3")
        #expect(services[0].subProperties == ["endpoint_url": "http://localhost:4566", "addressing_style": "path"])
        #expect(services[1].subProperties == ["endpoint_url": "http://localhost:5000"])
        #expect(file.sections[1].properties[0].value == "first\nsecond line")
    }

    @Test func windowsLineEndings() throws {
        let file = try INIParser.parse("[default]\r\nregion = us-east-1\r\n", path: "config")
        #expect(file.sections[0].properties[0].value == "us-east-1")
    }

    @Test(arguments: [
        ("region = x\n", 1, "before any [section]"),
        ("[default]\nno equals sign here\n", 2, "expected `key = value`"),
        ("[default]\n = value\n", 2, "no name"),
        ("[default\nregion = x\n", 1, "closing `]`"),
        ("[]\n", 1, "empty name"),
        ("[default] junk\n", 1, "after a section header"),
        ("[services x]\ns3 =\n  not a pair\n", 3, "must be `key = value`"),
    ])
    func badLineNamesFileAndLine(text: String, line: Int, reason: String) throws {
        let error = try #require(throws: ConfigError.self) { try INIParser.parse(text, path: "~/.aws/config") }
        guard case .syntax(let location, let message) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(location == ConfigLocation(path: "~/.aws/config", line: line))
        #expect(message.contains(reason))
        #expect(String(describing: error).hasPrefix("~/.aws/config:\(line): "))
    }

    @Test func errorNeverQuotesTheLine() throws {
        let error = try #require(throws: ConfigError.self) {
            try INIParser.parse("[default]\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", path: "credentials")
        }
        #expect(!String(describing: error).contains("wJalrXUtnFEMI"))
    }
}

@Suite struct INIParserEdgeCaseTests {
    @Test func repeatedSectionsMergeAndDefaultSpellingsAgree() throws {
        let text = """
            [default]
            region = a
            output = json
            [profile default]
            region = b
            [default]
            REGION = c
            """
        let shared = SharedConfig(
            config: try INIParser.parse(text, path: "config"), credentials: nil, configPath: "config",
            credentialsPath: "credentials")
        let profile = try #require(shared.profile(named: "default"))
        #expect(profile.value("region") == "c")
        #expect(profile.value("output") == "json")
    }

    /// The AWS CLI refuses a key set twice in one profile; lakectl used to take the last one silently.
    @Test func aKeyRepeatedInOneSectionIsAnErrorNamingFileAndLine() throws {
        let text = """
            [profile dev]
            aws_access_key_id = AKIDFIRST
            region = eu-west-1
            Region = us-east-1
            """
        let error = try #require(throws: ConfigError.self) { try INIParser.parse(text, path: "~/.aws/config") }
        #expect(
            error
                == .syntax(
                    ConfigLocation(path: "~/.aws/config", line: 4),
                    reason: "`region` is set again in [profile dev] (first on line 3); keep one of the two"))
        #expect(error.description.hasPrefix("~/.aws/config:4"))
        #expect(!error.description.contains("AKIDFIRST"))
    }

    @Test func subPropertiesTolerateCommentsAndBlankLines() throws {
        let text = """
            [services s]
            s3 =
              # which endpoint
              endpoint_url = http://a

              max_attempts = 3
            region = x
            """
        let file = try INIParser.parse(text, path: "config")
        #expect(file.sections[0].properties[0].subProperties == ["endpoint_url": "http://a", "max_attempts": "3"])
        #expect(file.sections[0].properties[1].value == "x")
    }

    @Test func emptyValueIsUnset() throws {
        let profile = Profile(
            name: "p",
            properties: [
                "region": ProfileProperty(value: "", location: ConfigLocation(path: "c", line: 1), file: .config)
            ])
        #expect(profile.value("region") == nil)
    }

    @Test func badBooleanAndNumberNameTheLine() throws {
        let shared = SharedConfig(
            config: try INIParser.parse("[profile p]\nduration_seconds = soon\nflag = maybe\n", path: "~/.aws/config"),
            credentials: nil, configPath: "~/.aws/config", credentialsPath: "~/.aws/credentials")
        let profile = try #require(shared.profile(named: "p"))
        let number = try #require(throws: ConfigError.self) { try profile.int("duration_seconds") }
        #expect(number.description == "~/.aws/config:2: profile 'p': duration_seconds must be a whole number.")
        let flag = try #require(throws: ConfigError.self) { try profile.bool("flag") }
        #expect(flag.description.hasPrefix("~/.aws/config:3: "))
    }
}
