#!/usr/bin/env python3
"""Fails when a Swift target imports a module that its own Package.swift entry does not declare.

SwiftPM's --explicit-target-dependency-import-check accepts anything in a target's transitive closure, so
LakeCLI importing AWSCore (reachable through LakeOrchestration) passes it. The architecture (ARCHITECTURE.md)
is about direct edges: a layer may import only what it declares. This reads the manifest with
`swift package dump-package` and every `import X` under each target's folder, and reports each import of one
of this package's targets or of a declared package product (ArgumentParser, Logging, Yams…) that is not a
direct dependency. System modules (Foundation, Glibc, Dispatch…) are not checked.
"""
import json
import os
import re
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
manifest = json.loads(subprocess.check_output(["swift", "package", "dump-package"], cwd=root))
targets = {t["name"]: t for t in manifest["targets"]}
# Module names of package products: a product's module is the product name for these libraries.
products = {"ArgumentParser", "Logging", "Yams"}
checked = set(targets) | products
IMPORT = re.compile(r"^\s*(?:@testable\s+|@_implementationOnly\s+|package\s+|internal\s+|public\s+)*import\s+(?:(?:struct|class|enum|protocol|func|var|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)")

problems = []
for name, target in targets.items():
    if target["type"] == "system":
        continue
    default = "Tests" if target["type"] == "test" else "Sources"
    path = target.get("path") or os.path.join(default, name)
    declared = set()
    for dep in target["dependencies"]:
        if "byName" in dep:
            declared.add(dep["byName"][0])
        elif "target" in dep:
            declared.add(dep["target"][0])
        elif "product" in dep:
            declared.add(dep["product"][0])
    for folder, _, files in os.walk(os.path.join(root, path)):
        for file in files:
            if not file.endswith(".swift"):
                continue
            full = os.path.join(folder, file)
            with open(full, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    match = IMPORT.match(line)
                    if match and match.group(1) in checked and match.group(1) not in declared | {name}:
                        problems.append(f"{os.path.relpath(full, root)}:{number}: {name} imports {match.group(1)}, "
                                        f"which Package.swift does not list among {name}'s dependencies")
for problem in problems:
    print(problem)
if problems:
    print(f"check-imports: {len(problems)} undeclared import(s)")
    sys.exit(1)
print(f"check-imports: ok ({len(targets)} targets)")
