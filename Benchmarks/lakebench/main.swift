// Micro-benchmarks that need an in-process loop (the signer); whole-process comparisons are driven by
// scripts/bench/. Subcommands are added by the code they measure.
print("usage: lakebench <benchmark> …")
