"""The layer rules of ARCHITECTURE.md, as import-linter contracts in pyproject.toml, and no import circles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout
    assert "9 kept" in result.stdout, result.stdout


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of the module graph with more than one module (Tarjan, iterative).

    Every import counts, also those inside functions and under TYPE_CHECKING: a lazy import
    is a circle in the design even where Python does not trip over it.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.find_modules_directly_imported_by(nxt)))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        m = stack.pop()
                        on_stack.discard(m)
                        component.append(m)
                        if m == node:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
    return cycles


def test_no_import_cycle_anywhere_in_the_package() -> None:
    """Beside the acyclic_siblings contract (which compares siblings, package by package), the exact
    modules of any circle anywhere in ``mystery_shop``, including one through a package's own ``__init__``,
    which the contract does not see (issue 29: the server and the CLI too)."""
    graph = grimp.build_graph("mystery_shop", cache_dir=None)
    found = import_cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_cycle_finder_finds_a_circle_through_a_package_init() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.ui", "pkg.ui.sync", "pkg.ui.sync.status", "pkg.ui.window", "pkg.domain"):
        graph.add_module(name)
    graph.add_import(importer="pkg.ui.sync", imported="pkg.ui.sync.status")
    graph.add_import(importer="pkg.ui.sync.status", imported="pkg.ui.sync")  # a child importing its __init__
    graph.add_import(importer="pkg.ui.window", imported="pkg.ui.sync")
    graph.add_import(importer="pkg.ui.window", imported="pkg.domain")
    assert import_cycles(graph) == [["pkg.ui.sync", "pkg.ui.sync.status"]]
    graph.add_import(importer="pkg.domain", imported="pkg.ui.window")
    assert sorted(import_cycles(graph)) == [["pkg.domain", "pkg.ui.window"], ["pkg.ui.sync", "pkg.ui.sync.status"]]
