"""Runs one converter in a fresh child process and prints JSON {seconds, peak_rss_mb}: wall time around
the child, and its own ru_maxrss from os.wait4 (so tools never share a peak)."""
import json
import os
import subprocess
import sys
import time

t0 = time.perf_counter()
# The child's stdout (DuckDB's progress bar) goes to stderr, keeping ours for the JSON line.
p = subprocess.Popen(sys.argv[1:], stdout=sys.stderr)
_, status, usage = os.wait4(p.pid, 0)
seconds = time.perf_counter() - t0
code = os.waitstatus_to_exitcode(status)
print(json.dumps({"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024, "exit": code}))
