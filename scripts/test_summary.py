#!/usr/bin/env python3
"""Counts what `swift test` reported and gates skips (used by scripts/test.sh, i.e. `make test`).

Reads the saved `swift test` output (Swift Testing and XCTest lines), prints the number of tests that
passed, failed and were skipped, and the known issues; exits 1 when a test was skipped that the allow-list
(Tests/skip-allowlist.txt: `<test name as swift test prints it> | <reason>`) does not name, so a skip can
never again pass for a success. Swift Testing's own "Test run with N tests passed" counts skipped tests
as passed, which is why this exists.

usage: test_summary.py LOG ALLOWLIST [--full]   (--full: the whole suite ran, so stale entries fail too)
"""
import re
import sys

# Swift Testing: one result line per test (parameterised tests once, however many cases).
# Not anchored at the line start: a test's own print without a newline can run into the next result line.
ST_RESULT = re.compile(r"[✔✘━] Test (?!run with )(.+?) (passed|failed) after [0-9.]+ seconds")
# A skipped suite is one line for all its tests; it is listed as "Suite <name>".
ST_SKIP = re.compile(r'^➜ (Test|Suite) (.+?) skipped(?:: "(.*)")?\.?$')
ST_KNOWN = re.compile(r"^━ Test (.+?) recorded a known issue")
# XCTest: Test Case 'Suite.testName' passed|failed|skipped (0.001 seconds)
XC_RESULT = re.compile(r"^Test Case '([^']+)' (passed|failed|skipped) \(")
# Swift Testing's closing line: its N counts every test that ran, skipped ones included.
ST_RUN = re.compile(r"Test run with (\d+) tests? in \d+ suites? (passed|failed)")


def read_allowlist(path):
    allowed = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, sep, reason = line.partition(" | ")
            if not sep or not name.strip() or not reason.strip():
                sys.exit(f"{path}:{number}: expected '<test name> | <reason>', got: {line}")
            allowed[name.strip()] = reason.strip()
    return allowed


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    log, allowlist_path = sys.argv[1], sys.argv[2]
    full = "--full" in sys.argv[3:]
    allowed = read_allowlist(allowlist_path)
    passed = failed = known = 0
    st_passed = st_failed = 0
    st_total = None
    skipped = []  # (name, reason)
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if m := ST_RUN.search(line):
                st_total = int(m.group(1))
            elif m := ST_RESULT.search(line):
                if m.group(2) == "passed":
                    passed += 1
                    st_passed += 1
                else:
                    failed += 1
                    st_failed += 1
            elif m := ST_SKIP.match(line):
                name = m.group(2) if m.group(1) == "Test" else "Suite " + m.group(2)
                skipped.append((name, m.group(3) or ""))
            elif ST_KNOWN.match(line):
                known += 1
            elif m := XC_RESULT.match(line):
                if m.group(2) == "passed":
                    passed += 1
                elif m.group(2) == "failed":
                    failed += 1
                else:
                    skipped.append((m.group(1), ""))

    # Under load swift test does not always print every passing test's own line; its closing count is the
    # authority for how many ran, so passes are that count less the failures and skips it also includes.
    st_skipped = sum(1 for n, _ in skipped if "'" not in n)  # XCTest names are 'Suite.test'
    if st_total is not None:
        missing = st_total - st_failed - st_skipped - st_passed
        if missing > 0:
            passed += missing
    unlisted = [(n, r) for n, r in skipped if n not in allowed]
    stale = sorted(set(allowed) - {n for n, _ in skipped}) if full else []
    print()
    for name, reason in skipped:
        why = allowed.get(name)
        print(f"skipped {name}: " + (f"allowed, {why}" if why else f"NOT ON {allowlist_path}" + (f" ({reason})" if reason else "")))
    for name in stale:
        print(f"{allowlist_path} names {name}, which was not skipped: remove the entry")
    status = 0
    if passed + failed + len(skipped) == 0:
        print("no test results found in the swift test output")
        status = 1
    if unlisted or stale:
        print(f"{len(unlisted)} skipped tests not on {allowlist_path}, {len(stale)} stale entries there")
        status = 1
    # The counts come last, the final line alone, so a reader (or CI) finds them at the end of the log.
    print(f"{known} known issues")
    print(f"{passed} passed, {failed} failed, {len(skipped)} skipped")
    return status


if __name__ == "__main__":
    sys.exit(main())
