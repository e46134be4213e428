"""Strict checks of the bundled sample files against the trajectory-studio/v1 conventions.

Usage: python3 assets/samples/generator/validate.py [FILE.jsonl ...]   (default: all *.jsonl next to generator/)
Exit status 0 when every line passes, 1 otherwise.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

SCHEMA = "trajectory-studio/v1"
SAMPLE_FIELDS = {"schema", "id", "kind", "question", "answer", "system", "tools", "knowledge", "steps",
                 "judgment", "metadata"}
STEP_FIELDS = {"thought", "action", "observation", "candidates", "chosen"}
KINDS = {"trajectory", "fas_planning", "fas_reasoning", "has_decision"}
JUDGMENTS = {"correct", "incorrect", "unknown"}
TOOL_ARGS = {
    "search": {"query"},
    "google_scholar": {"query"},
    "visit": {"url", "goal"},
    "PythonInterpreter": {"code"},
    "parse_file": {"files"},
}
EXPECTED_KIND = {
    "fas_planning.jsonl": "fas_planning",
    "fas_reasoning.jsonl": "fas_reasoning",
    "has_decision.jsonl": "has_decision",
    "trajectories.jsonl": "trajectory",
}
MAX_TOTAL_BYTES = 1_600_000


class Problem(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Problem(message)


def check_no_nulls(value, where="record"):
    if value is None:
        raise Problem(f"null at {where}")
    if isinstance(value, dict):
        for key, item in value.items():
            check_no_nulls(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            check_no_nulls(item, f"{where}[{i}]")


def check_action(action, tools, where):
    check(isinstance(action, dict), f"{where}: action is not an object")
    kind = action.get("type")
    if kind == "tool_calls":
        check(set(action) == {"type", "calls"}, f"{where}: unexpected action fields {sorted(action)}")
        check(isinstance(action["calls"], list) and action["calls"], f"{where}: empty calls")
        ids = [call.get("id") for call in action["calls"]]
        check(len(set(ids)) == len(ids), f"{where}: duplicate call ids")
        for call in action["calls"]:
            name = call.get("name")
            check(name in TOOL_ARGS, f"{where}: unknown tool {name!r}")
            check(name in tools, f"{where}: tool {name!r} not declared in 'tools'")
            args = call.get("arguments")
            check(isinstance(args, dict), f"{where}: arguments not an object")
            check(set(args) == TOOL_ARGS[name], f"{where}: {name} arguments {sorted(args)}")
            if name in ("search", "google_scholar"):
                check(isinstance(args["query"], list) and args["query"]
                      and all(isinstance(q, str) and q for q in args["query"]), f"{where}: bad query list")
            elif name == "visit":
                check(isinstance(args["url"], list) and args["url"]
                      and all(u.startswith("http") for u in args["url"]), f"{where}: bad url list")
                check(isinstance(args["goal"], str) and args["goal"], f"{where}: empty goal")
                check(all("example.com" not in u for u in args["url"]), f"{where}: placeholder url")
            elif name == "PythonInterpreter":
                check(isinstance(args["code"], str) and args["code"].strip(), f"{where}: empty code")
            elif name == "parse_file":
                check(isinstance(args["files"], list) and args["files"], f"{where}: empty files")
    elif kind in ("answer", "plan", "reason"):
        check(set(action) == {"type", "text"}, f"{where}: unexpected action fields {sorted(action)}")
        check(isinstance(action["text"], str) and action["text"].strip(), f"{where}: empty text")
    else:
        raise Problem(f"{where}: unknown action type {kind!r}")
    return kind


def validate_record(record, expected_kind):
    check(isinstance(record, dict), "not an object")
    check_no_nulls(record)
    check(set(record) <= SAMPLE_FIELDS, f"unknown fields {sorted(set(record) - SAMPLE_FIELDS)}")
    for field in ("schema", "id", "kind", "question", "steps", "judgment"):
        check(field in record, f"missing {field!r}")
    check(record["schema"] == SCHEMA, "wrong schema")
    check(record["kind"] in KINDS and record["kind"] == expected_kind, f"kind {record['kind']!r}")
    check(record["judgment"] in JUDGMENTS, f"judgment {record['judgment']!r}")
    check(isinstance(record["question"], str) and record["question"].strip(), "empty question")
    tools = {}
    for tool in record.get("tools", []):
        check(isinstance(tool.get("name"), str), "tool without name")
        check(isinstance(tool.get("parameters"), dict) and tool["parameters"].get("type") == "object",
              f"tool {tool.get('name')}: parameters must be a JSON schema object")
        tools[tool["name"]] = tool
    steps = record["steps"]
    check(isinstance(steps, list) and steps, "no steps")
    kind = record["kind"]
    rid = record["id"]
    for number, step in enumerate(steps, 1):
        where = f"{rid} step {number}"
        check(isinstance(step, dict), f"{where}: not an object")
        check(set(step) <= STEP_FIELDS, f"{where}: unknown step fields {sorted(set(step) - STEP_FIELDS)}")
        if "candidates" in step:
            candidates = step["candidates"]
            check(isinstance(candidates, list) and 2 <= len(candidates) <= 5, f"{where}: 2-5 candidates")
            check(isinstance(step.get("chosen"), int) and 0 <= step["chosen"] < len(candidates),
                  f"{where}: chosen out of range")
            for i, candidate in enumerate(candidates):
                check(set(candidate) <= {"thought", "action"} and "action" in candidate,
                      f"{where} candidate {i}: fields")
                check_action(candidate["action"], tools, f"{where} candidate {i}")
            texts = [json.dumps(c["action"], sort_keys=True) for c in candidates]
            check(len(set(texts)) == len(texts), f"{where}: duplicate candidate actions")
            check("thought" not in step and "action" not in step, f"{where}: HAS step repeats thought/action")
            effective = candidates[step["chosen"]]["action"]
        else:
            check("chosen" not in step, f"{where}: chosen without candidates")
            check("action" in step, f"{where}: no action")
            effective = check_action(step["action"], tools, where) and step["action"]
        effective_type = effective["type"]
        if effective_type == "tool_calls" and kind in ("trajectory", "has_decision"):
            check(isinstance(step.get("observation"), str) and step["observation"].strip(),
                  f"{where}: executed tool call without observation")
        if effective_type != "tool_calls":
            check("observation" not in step, f"{where}: observation on a non-tool step")

    last = steps[-1]
    last_action = last["candidates"][last["chosen"]]["action"] if "candidates" in last else last["action"]

    if kind == "fas_planning":
        check(len(steps) == 2, f"{rid}: fas_planning needs exactly 2 steps")
        check(steps[0]["action"]["type"] == "plan" and "candidates" not in steps[0], f"{rid}: step 1 must be plan")
        check(steps[1]["action"]["type"] in ("tool_calls", "answer"), f"{rid}: step 2 must be the first action")
        check("thought" in steps[1], f"{rid}: step 2 needs a thought")
        check(all("observation" not in s for s in steps), f"{rid}: nothing is executed in FAS planning")
        check(record["judgment"] in ("unknown", "correct"), f"{rid}: judgment")
        check(record.get("tools"), f"{rid}: tools required")
    elif kind == "fas_reasoning":
        check(len(steps) == 2, f"{rid}: fas_reasoning needs exactly 2 steps")
        check(all(s["action"]["type"] == "answer" and s.get("thought") for s in steps),
              f"{rid}: both steps are thought + answer")
        knowledge = record.get("knowledge", [])
        check(3 <= len(knowledge) <= 6 and all(isinstance(k, str) and k for k in knowledge),
              f"{rid}: 3-6 knowledge statements")
        check(record.get("answer"), f"{rid}: ground-truth answer required")
        check(isinstance(record.get("metadata", {}).get("anchor_entity"), str), f"{rid}: anchor_entity")
    elif kind == "has_decision":
        check(all("candidates" in s for s in steps), f"{rid}: every HAS step needs candidates")
        check(len(steps) >= 2, f"{rid}: HAS needs several steps")
        check(last_action["type"] == "answer", f"{rid}: last chosen action must be an answer")
        check(all(s["candidates"][s["chosen"]]["action"]["type"] == "tool_calls" for s in steps[:-1]),
              f"{rid}: only the last step answers")
        check(record["judgment"] in ("correct", "incorrect"), f"{rid}: HAS judgment must be decided")
        check(record.get("answer"), f"{rid}: ground truth required")
        check(record.get("tools"), f"{rid}: tools required")
    elif kind == "trajectory":
        check(last_action["type"] == "answer", f"{rid}: trajectory must end in an answer")
        check(all(s["action"]["type"] == "tool_calls" for s in steps[:-1]), f"{rid}: tool steps then answer")
    return record


def validate_files(paths) -> int:
    ids = set()
    problems = 0
    total_bytes = 0
    summary = Counter()
    judgments = Counter()
    long_has = 0
    chosen_positions = Counter()
    parallel = python_used = 0
    for path in paths:
        path = Path(path)
        total_bytes += path.stat().st_size
        expected = EXPECTED_KIND.get(path.name)
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                try:
                    record = json.loads(line)
                    validate_record(record, expected)
                    check(record["id"] not in ids, f"duplicate id {record['id']}")
                    ids.add(record["id"])
                except (json.JSONDecodeError, Problem, KeyError, TypeError) as error:
                    problems += 1
                    print(f"{path.name}:{number}: {error}")
                    continue
                summary[record["kind"]] += 1
                judgments[(record["kind"], record["judgment"])] += 1
                if record["kind"] == "has_decision":
                    for s in record["steps"]:
                        chosen_positions[s["chosen"]] += 1
                    obs = [len(s.get("observation", "")) for s in record["steps"]]
                    if len(record["steps"]) >= 8 and sum(obs) >= 8 * 2000:
                        long_has += 1
                if record["kind"] == "trajectory":
                    for s in record["steps"]:
                        calls = s["action"].get("calls", [])
                        parallel += len(calls) > 1
                        python_used += any(c["name"] == "PythonInterpreter" for c in calls)
    print(f"files: {len(paths)}  samples: {sum(summary.values())}  bytes: {total_bytes}")
    for kind, count in sorted(summary.items()):
        split = ", ".join(f"{j}={c}" for (k, j), c in sorted(judgments.items()) if k == kind)
        print(f"  {kind}: {count} ({split})")
    print(f"  long HAS (>=8 steps, >=16 KB observations): {long_has}")
    print(f"  HAS chosen positions: {dict(sorted(chosen_positions.items()))}")
    print(f"  trajectory steps with parallel calls: {parallel}, with PythonInterpreter: {python_used}")
    requirements = [
        (summary["fas_planning"] >= 20, "fas_planning >= 20"),
        (summary["fas_reasoning"] >= 20, "fas_reasoning >= 20"),
        (summary["has_decision"] >= 20, "has_decision >= 20"),
        (4 <= summary["trajectory"] <= 8, "4-8 trajectories"),
        (judgments[("has_decision", "incorrect")] >= 6, ">= 6 incorrect HAS"),
        (long_has >= 3, ">= 3 long HAS"),
        (parallel >= 1 and python_used >= 1, "trajectory with parallel calls and one with PythonInterpreter"),
        (total_bytes <= MAX_TOTAL_BYTES, "total size"),
    ]
    for ok, label in requirements:
        if not ok:
            problems += 1
            print(f"requirement not met: {label}")
    print("OK" if problems == 0 else f"{problems} problem(s)")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    here = Path(__file__).resolve().parent.parent
    files = [Path(p) for p in sys.argv[1:]] or sorted(here.glob("*.jsonl"))
    sys.exit(validate_files(files))
