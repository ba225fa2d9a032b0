"""The emulator's gap layer: behaviours moto lacks that lakectl's tests and demo need (EMULATOR.md).

Each module fills one gap, reading and writing moto's own in-process backends rather than keeping a
second copy of state. Requests still go through moto, which checks their signatures; the layer only
adjusts state before moto answers (or adds files moto would never write). Nothing here stands in for
a service moto implements.
"""
from .layer import GapLayer  # noqa: F401
