import ArgumentParser

extension QueryRunCommand {
    /// Options that would otherwise be ignored without a word: the row options (`--max-rows`, `--fetch`,
    /// `--keep-unload`) shape printed rows, which neither `--unload` (it lists files) nor `--no-wait` (it
    /// prints only the id) has, and `--keep-unload` keeps only what the unload fetch path writes.
    func validateCombinations() throws {
        let rowOptions =
            (results.maxRows == nil ? [] : ["--max-rows"]) + (results.fetch == "auto" ? [] : ["--fetch"])
            + (keepUnload ? ["--keep-unload"] : [])
        if unload != nil, let first = rowOptions.first {
            throw ValidationError(
                "\(first) shapes the rows lakectl prints, but --unload writes them to files and lists the files; drop \(first)"
            )
        }
        if noWait, let first = rowOptions.first {
            throw ValidationError(
                "\(first) shapes the rows lakectl prints, but --no-wait prints only the query id; give it to `lakectl query results ID`"
            )
        }
        if keepUnload, ["page", "csv"].contains(results.fetch) {
            throw ValidationError(
                "--keep-unload keeps the Parquet files of --fetch unload, but --fetch \(results.fetch) writes none")
        }
    }
}
