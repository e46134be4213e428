"""Writes the bundled sample files into assets/samples/ and validates them.

Usage (from anywhere):  python3 assets/samples/generator/build.py
The output is deterministic: candidate order is shuffled with a seed derived from sample id and step number,
and records are written with a fixed key order, so a rebuild gives byte-identical files.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the generator folder free of __pycache__

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fas_planning  # noqa: E402
import fas_reasoning  # noqa: E402
import has_long  # noqa: E402
import has_short  # noqa: E402
import trajectories  # noqa: E402
from validate import validate_files  # noqa: E402

OUT = HERE.parent

FILES = {
    "fas_planning.jsonl": fas_planning.samples,
    "fas_reasoning.jsonl": fas_reasoning.samples,
    "has_decision.jsonl": lambda: has_short.samples() + has_long.samples(),
    "trajectories.jsonl": trajectories.samples,
}


def main() -> int:
    paths = []
    for name, produce in FILES.items():
        path = OUT / name
        with path.open("w", encoding="utf-8", newline="\n") as out:
            for record in produce():
                out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        paths.append(path)
    return validate_files(paths)


if __name__ == "__main__":
    sys.exit(main())
