/// Why plan or apply of a lake file stopped.
package enum LakeFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `account:` in the file is not the account of the credentials: nothing was read.
    case accountMismatch(file: String, declared: String, actual: String)
    /// The saved plan no longer matches what a fresh plan of the file shows.
    case stalePlan(file: String, reason: String)
    case unreadablePlan(path: String, reason: String)
    /// A job's script is no longer the bytes the plan was made with: nothing of that job was changed.
    case scriptChanged(job: String, path: String, reason: String)
    /// KMS did not list the key just created for this alias.
    case keyNotFound(alias: String)
    /// `--prune` planned to delete an empty bucket or database that is no longer empty: it is left.
    case notEmpty(kind: String, name: String, holding: String)

    package var description: String {
        switch self {
        case .accountMismatch(let file, let declared, let actual):
            return "\(file) declares account \(declared) but the credentials belong to account \(actual); "
                + "nothing was read or changed (use the profile of account \(declared), or fix account:)"
        case .stalePlan(let file, let reason):
            return "the saved plan no longer matches the live state of \(file) (\(reason)); "
                + "run `lakectl plan --out` again and review the new plan"
        case .unreadablePlan(let path, let reason):
            return "cannot read the saved plan \(path): \(reason)"
        case .scriptChanged(let job, let path, let reason):
            return "job \(job): the script \(path) is not the one planned (\(reason)); run `lakectl plan` again"
        case .keyNotFound(let alias):
            return "the KMS key created for \(alias) is not listed yet; run apply again to finish it"
        case .notEmpty(let kind, let name, let holding):
            return "\(kind) \(name) holds \(holding) since the plan was made: it was not deleted (empty it, or run "
                + "`lakectl plan --prune` again)"
        }
    }
}
