// Micro-benchmarks that need an in-process loop (the signer); whole-process comparisons are driven by
// scripts/bench/. Subcommands are added by the code they measure: one case below, one file beside this.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let usage = """
    usage: lakebench <benchmark> [arguments]
      sign [N]    sign N varied requests (default 20000) with SigV4 and report requests per second
    """

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "sign":
    SignBenchmark.run(Array(arguments.dropFirst()))
default:
    print(usage)
    exit(arguments.isEmpty ? 0 : 2)
}
