#!/usr/bin/env python3
"""Check probe6.jsonl record by record and print a table of groups x languages: probe 5's checks
(corpus/probe5/validate.py, which lists them) with this probe's ids (p6-...) and writer tags,
its languages (probe 5's and th, ht, rw), its targets and English at about 55%.
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
TARGETS = {"malicious-code": 140, "disinformation": 80, "covert-ops": 110,
           "defensive-security": 100, "near-miss-other": 100, "ordinary-writing-en": 60,
           "ordinary-writing-zh": 50, "ordinary-other": 60, "ordinary-code": 50}

if __name__ == "__main__":
    checks.main(build=load("probe6_build", os.path.join(HERE, "build.py")), langs=checks.LANGS | {"th", "ht", "rw"}, targets=TARGETS,
                english=(0.48, 0.62, "55%"), mc_en_least=(75, "at least 75 asked"))
