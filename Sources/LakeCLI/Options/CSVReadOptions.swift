import ArgumentParser
import LakeCodec

/// The CSV options of every command that reads CSV (`convert`, `schema infer`, `crawl --dry-run`), in one
/// group so their names, help and meaning stay identical. Anything not stated is sniffed.
struct CSVReadOptions: ParsableArguments, Sendable {
    @Option(help: "CSV input: the field delimiter, one character (',', ';', '|', tab as '\\t' or 'tab').")
    var delimiter: String?

    @Option(help: "CSV input: the quote character, one character, or 'none' when fields are never quoted.")
    var quote: String?

    @Flag(
        inversion: .prefixedNo,
        help: "CSV input: whether the first row holds column names (default: detected).")
    var header: Bool?

    @Option(
        help: ArgumentHelp(
            "CSV input: rows with a different number of fields than the header: pad, skip or error.",
            discussion: "pad fills missing trailing fields with NULL; skip drops the row; error (default) stops "
                + "with the row's line number."))
    var ragged: CSVReaderOptions.Ragged = .error

    func validate() throws {
        if let delimiter { _ = try Self.byte(delimiter, flag: "--delimiter") }
        if let quote, quote.lowercased() != "none" { _ = try Self.byte(quote, flag: "--quote") }
    }

    /// The codec's settings for what was stated.
    var settings: CSVReadSettings {
        var hints = CSVSniffer.Hints()
        hints.delimiter = delimiter.flatMap { try? Self.byte($0, flag: "--delimiter") }
        if let quote {
            hints.quote =
                quote.lowercased() == "none" ? .some(nil) : (try? Self.byte(quote, flag: "--quote")).map { $0 }
        }
        hints.hasHeader = header
        return CSVReadSettings(hints: hints, ragged: ragged)
    }

    /// One ASCII character (or `\t`/`tab`) as a byte.
    static func byte(_ text: String, flag: String) throws -> UInt8 {
        switch text.lowercased() {
        case "\\t", "tab", "\t": return 0x09
        default: break
        }
        let bytes = Array(text.utf8)
        guard bytes.count == 1, bytes[0] < 0x80, bytes[0] != 0x0A, bytes[0] != 0x0D else {
            throw ValidationError("\(flag) takes one ASCII character (or '\\t'), not '\(text)'")
        }
        return bytes[0]
    }

    /// Codec errors name the reader's settings (`ragged=pad`, `delimiter=C`, `quote=C`); on the command line
    /// they are flags, so a message tells the user what to type.
    static func flagSpelling(_ message: String) -> String {
        message
            .replacingAll("ragged=pad", with: "--ragged pad")
            .replacingAll("ragged=skip", with: "--ragged skip")
            .replacingAll("delimiter=C", with: "--delimiter C")
            .replacingAll("quote=C", with: "--quote C")
    }
}

extension CSVReaderOptions.Ragged: ExpressibleByArgument {}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed for a literal match).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
