#!/usr/bin/env python3
"""Build probe6.jsonl from the hand-written items in src/*.txt with probe 5's builder
(corpus/probe5/build.py: the same source and record formats; ids are "p6-" + a short group code
+ a per-group counter). Standard library only.

Usage: python3 build.py [--check]   (--check: fail if probe6.jsonl is stale)
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("probe5_build", os.path.join(HERE, "..", "probe5", "build.py"))
shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shared)

# What validate.py reads: this folder's records, their output file, and the builder's helpers.
_probe = shared.Probe(HERE)
OUT = _probe.OUT
records = _probe.records
render = shared.render
SourceError = shared.SourceError

if __name__ == "__main__":
    shared.main(HERE)
