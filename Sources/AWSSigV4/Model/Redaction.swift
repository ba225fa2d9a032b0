/// Printing requests must not print the session token: it is a credential in its own right, and
/// requests end up in logs and error messages (ARCHITECTURE.md rule 4).
enum Redaction {
    static let placeholder = "<redacted>"

    static func isSecretHeader(_ name: String) -> Bool {
        HeaderName.equalsIgnoringCase(name, SigV4Signer.tokenHeader)
    }

    /// The query with the value of any `X-Amz-Security-Token` parameter replaced.
    static func query(_ query: String) -> String {
        guard !query.isEmpty else { return query }
        return query.split(separator: "&", omittingEmptySubsequences: false).map { parameter -> String in
            let name = parameter.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return isSecretHeader(name) ? "\(name)=\(placeholder)" : String(parameter)
        }.joined(separator: "&")
    }
}

extension SignableHeader: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package var description: String { "\(name): \(Redaction.isSecretHeader(name) ? Redaction.placeholder : value)" }
    package var debugDescription: String { description }
    package var customMirror: Mirror {
        Mirror(
            self, children: ["name": name, "value": Redaction.isSecretHeader(name) ? Redaction.placeholder : value],
            displayStyle: .struct)
    }
}

extension SignableRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package var description: String {
        let target = query.isEmpty ? path : "\(path)?\(Redaction.query(query))"
        return "SignableRequest(\(method) \(target), headers: \(headers.map(\.description)))"
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(
            self,
            children: ["method": method, "path": path, "query": Redaction.query(query), "headers": headers],
            displayStyle: .struct)
    }
}

extension SignedRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The canonical request and string to sign are left out: they repeat the token when it is signed.
    /// Read the properties themselves to compare with AWS's SignatureDoesNotMatch message.
    package var description: String {
        "SignedRequest(\(request), signedHeaders: \(signedHeaders), signature: \(signature))"
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(
            self, children: ["request": request, "signedHeaders": signedHeaders, "signature": signature],
            displayStyle: .struct)
    }
}
