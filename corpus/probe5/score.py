#!/usr/bin/env python3
"""Score classifier results against probe5.jsonl: probe 3's scorer, whose groups and rules this
probe shares (corpus/probe3/score.py; the usage is the same).

Usage: python3 score.py probe5.jsonl RESULTS.jsonl
"""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "probe3", "score.py"), run_name="__main__")
