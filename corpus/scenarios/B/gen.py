#!/usr/bin/env python3
"""Independent scenario generator (blind writer B).

    python3 gen.py --seed N --benign-scale F --out DIR

Writes DIR/events.jsonl, DIR/observations.jsonl and DIR/truth.json for one month
(January 2026, UTC). Standard library only, no network; the same seed and scale
give the same bytes.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import engine  # noqa: E402

if __name__ == "__main__":
    sys.exit(engine.main())
