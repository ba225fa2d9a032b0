"""One line per benchmark goal: the measured ratio to three decimals, the goal, and whether it was met.

Ratios printed to two decimals can round a miss onto the goal's own figure (0.608 printed as "0.60"
beside "0.6 or below"), so every goal line gives three decimals and says met or MISSED itself, from the
unrounded ratio. With GOALS_FILE set, each line is also appended there, for a summary at the end of a run.
"""
import os


def goal_line(what: str, ratio: float, limit: float, strict: bool = False) -> str:
    """`what`: the figure measured (lakectl over the peer); met when the ratio is at most `limit`, or with
    `strict` (a goal of being ahead of the peer) below it."""
    met = ratio < limit if strict else ratio <= limit
    line = f"goal {what}: {ratio:.3f} (goal: {'below' if strict else 'at most'} {limit:g}) {'met' if met else 'MISSED'}"
    path = os.environ.get("GOALS_FILE")
    if path:
        with open(path, "a") as f:
            f.write(line + "\n")
    return line
