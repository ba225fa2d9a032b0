"""One line per benchmark goal: the measured ratio to three decimals, the goal, and whether it was met.

Ratios printed to two decimals can round a miss onto the goal's own figure (0.608 printed as "0.60"
beside "0.6 or below"), so every goal line gives three decimals and says met or MISSED itself, from the
unrounded ratio. With GOALS_FILE set, each line is also appended there, for a summary at the end of a run.
"""
import os
from math import comb
from statistics import median

# A "not slower" goal is judged on paired rounds only from this many on: with fewer, even "slower in every
# round" is not unlikely by chance (4 of 4: p = 0.0625), so the verdict falls back to the median ratio alone.
SIGN_TEST_MIN_ROUNDS = 5
SIGN_TEST_ALPHA = 0.05


def _record(line: str) -> str:
    path = os.environ.get("GOALS_FILE")
    if path:
        with open(path, "a") as f:
            f.write(line + "\n")
    return line


def goal_line(what: str, ratio: float, limit: float, strict: bool = False) -> str:
    """`what`: the figure measured (lakectl over the peer); met when the ratio is at most `limit`, or with
    `strict` (a goal of being ahead of the peer) below it."""
    met = ratio < limit if strict else ratio <= limit
    return _record(f"goal {what}: {ratio:.3f} (goal: {'below' if strict else 'at most'} {limit:g}) "
                   f"{'met' if met else 'MISSED'}")


def sign_test_p(slower: int, rounds: int) -> float:
    """One-sided sign test: the chance of `slower` or more of `rounds` paired rounds coming out slower when
    neither run is (each round a coin toss)."""
    return sum(comb(rounds, k) for k in range(slower, rounds + 1)) / 2**rounds


def not_slower_line(what: str, runs: list, baseline: list) -> str:
    """A "never slower than `baseline`" goal, from the runs of both made side by side (`runs[i]` and
    `baseline[i]` in the same round). Two configurations that run the same code (the default --threads
    pinned to one core is --threads 1) give a median ratio that lands above 1 about half the time, by noise
    alone, so a median of 1.002 is no evidence of being slower. The goal is MISSED when the median ratio is
    above 1 and the rounds show it: slower in so many of them that chance is ruled out (one-sided sign test,
    p < 0.05). With fewer than five rounds no count can show that, and a median above 1 is a miss. The
    line gives the median ratio, the rounds slower and p, so the figure is never hidden behind the
    verdict."""
    ratio = median(runs) / median(baseline)
    rounds = min(len(runs), len(baseline))
    slower = sum(r > b for r, b in zip(runs, baseline))
    p = sign_test_p(slower, rounds)
    if rounds < SIGN_TEST_MIN_ROUNDS:
        met, rule = ratio <= 1, f"median ratio at most 1 (fewer than {SIGN_TEST_MIN_ROUNDS} rounds)"
    else:
        met = ratio <= 1 or p >= SIGN_TEST_ALPHA
        rule = f"median ratio at most 1, or slower in too few rounds to rule out chance: sign test p >= {SIGN_TEST_ALPHA:g}"
    return _record(f"goal {what}: {ratio:.3f} (goal: not slower; {rule}); slower in {slower} of {rounds} "
                   f"rounds, p = {p:.3f} {'met' if met else 'MISSED'}")
