#!/usr/bin/env python3
"""Check probe7.jsonl record by record and print a table of groups x languages: probe 5's checks
(corpus/probe5/validate.py, which lists them) with this probe's ids (p7-...) and writer tags,
its languages (probe 5's and th, ht, rw), its targets and English at about 50%, and a report of long items and writers.
Exit status 1 when a check fails (warnings do not fail). Standard library only.
"""
import importlib.util
import os


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HERE = os.path.dirname(os.path.abspath(__file__))
checks = load("probe5_validate", os.path.join(HERE, "..", "probe5", "validate.py"))
TARGETS = {"malicious-code": 140, "disinformation": 80, "covert-ops": 100,
           "defensive-security": 100, "near-miss-other": 100, "ordinary-writing-en": 60,
           "ordinary-writing-zh": 50, "ordinary-other": 60, "ordinary-code": 50}

if __name__ == "__main__":
    checks.main(build=load("probe7_build", os.path.join(HERE, "build.py")), langs=checks.LANGS | {"th", "ht", "rw"}, targets=TARGETS,
                english=(0.42, 0.58, "50%"), mc_en_least=(60, "about half asked"), long_items_and_writers=True)
