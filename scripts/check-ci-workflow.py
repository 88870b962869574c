#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks .github/workflows/ci.yml, which cannot run here: valid YAML, the structure GitHub
Actions needs, one job per system with the steps the README promises (install Qt, build,
unit tests, package), actions pinned to a major version, and every preset, script and
CPack generator it names present in the tree. Exits 1 with the list of problems."""
import json
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def main() -> int:
    problems = []
    doc = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        print(f"{WORKFLOW}: not a mapping")
        return 1
    # PyYAML reads the bare key `on` as the boolean True.
    triggers = doc.get("on", doc.get(True))
    if not triggers:
        problems.append("no 'on:' triggers")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        print(f"{WORKFLOW}: no jobs")
        return 1

    presets = json.loads((ROOT / "CMakePresets.json").read_text(encoding="utf-8"))
    configure_presets = {p["name"] for p in presets["configurePresets"]}
    test_presets = {p["name"] for p in presets.get("testPresets", [])}
    systems = {}
    for name, job in jobs.items():
        if not isinstance(job, dict):
            problems.append(f"job {name}: not a mapping")
            continue
        runner = job.get("runs-on", "")
        for key in job:
            if key not in {"name", "runs-on", "steps", "timeout-minutes", "needs", "if", "env",
                           "strategy", "permissions", "defaults", "continue-on-error"}:
                problems.append(f"job {name}: unknown key {key!r}")
        if not isinstance(job.get("timeout-minutes"), int):
            problems.append(f"job {name}: no timeout-minutes")
        steps = job.get("steps")
        if not isinstance(steps, list) or not steps:
            problems.append(f"job {name}: no steps")
            continue
        text = []
        for i, step in enumerate(steps):
            if not isinstance(step, dict) or ("uses" in step) == ("run" in step):
                problems.append(f"job {name} step {i}: needs exactly one of 'uses' and 'run'")
                continue
            if "uses" in step and not re.fullmatch(r"[\w.-]+/[\w.-]+(/[\w./-]+)?@v\d+(\.\d+)*", step["uses"]):
                problems.append(f"job {name} step {i}: action not pinned to a version: {step['uses']}")
            run = step.get("run", "")
            text.append(step.get("uses", "") + "\n" + run)
            for script in re.findall(r"scripts/[\w.-]+", run):
                if not (ROOT / script).is_file():
                    problems.append(f"job {name}: {script} does not exist")
            for preset in re.findall(r"--preset[ =](\S+)", run):
                if preset not in configure_presets:
                    problems.append(f"job {name}: no preset {preset}")
            if "ctest --preset" in run:
                for preset in re.findall(r"ctest --preset[ =](\S+)", run):
                    if preset not in test_presets:
                        problems.append(f"job {name}: no test preset {preset}")
        joined = "\n".join(text)
        system = "ubuntu" if "ubuntu" in runner else "windows" if "windows" in runner else \
            "macos" if "macos" in runner else None
        if system is None:
            problems.append(f"job {name}: unknown runner {runner!r}")
            continue
        systems[system] = name
        wanted = {
            "ubuntu": [r"scripts/test\.sh", r"cpack -G DEB"],
            "windows": [r"install-qt-action", r"msvc-dev-cmd", r"cmake --build", r"ctest .*-L unit",
                        r"cpack -G (NSIS|WIX)"],
            "macos": [r"install-qt-action", r"cmake --build", r"ctest .*-L unit", r"cpack -G DragNDrop"],
        }[system]
        for pattern in wanted:
            if not re.search(pattern, joined):
                problems.append(f"job {name} ({system}): missing a step matching {pattern!r}")
    for system in ("ubuntu", "windows", "macos"):
        if system not in systems:
            problems.append(f"no {system} job")

    for p in problems:
        print(f"{WORKFLOW.relative_to(ROOT)}: {p}")
    if not problems:
        print(f"{WORKFLOW.relative_to(ROOT)}: OK ({', '.join(f'{s}={j}' for s, j in systems.items())})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
