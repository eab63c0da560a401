"""The tree stays clean: ruff passes, and the layering in DESIGN.md holds.

Imports are read from the source with `ast`, every one of them: at the top of a module,
inside a function, under `if TYPE_CHECKING:`. An import moved into a function still makes
its two modules need each other, so it counts towards a circle like any other; a circle
is broken by moving the rule to the module where it belongs, not by hiding an import.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "crmdesk"
# Layers that never import Qt; server/ and sync/ are checked once they exist.
QT_FREE = [
    layer
    for layer in ("core", "storage", "excel", "server", "sync")
    if (PACKAGE / layer).is_dir() or (PACKAGE / f"{layer}.py").is_file()
]
# Importing any of these pulls Qt in: Qt itself, the GUI, and the window's start-up.
QT = ("PySide6", "shiboken6", "qtawesome", "crmdesk.ui", "crmdesk.app")


def module_files(package: Path) -> dict[str, Path]:
    """Every module of `package` by dotted name; a package is its __init__.py."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imported_names(name: str, path: Path) -> dict[str, int]:
    """What a module imports, anywhere in it, as absolute dotted names -> first line.

    `from a import b` names `a.b` as well as `a`: b may be a module of package a.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for target in targets:
            names.setdefault(target, node.lineno)
    return names


def import_graph(package: Path) -> dict[str, dict[str, int]]:
    """Module -> the package's modules it imports -> the line of the first such import."""
    files = module_files(package)
    graph: dict[str, dict[str, int]] = {}
    for name, path in files.items():
        edges: dict[str, int] = {}
        for target, line in imported_names(name, path).items():
            while target and target not in files:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges[target] = min(line, edges.get(target, line))
        graph[name] = edges
    return graph


def circles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def describe(graph: dict[str, dict[str, int]], group: list[str]) -> str:
    edges = [
        f"  {module} imports {target} (line {line})"
        for module in group
        for target, line in sorted(graph[module].items())
        if target in group
    ]
    return "\n".join([f"circle of {len(group)} modules:", *edges])


def test_no_modules_of_crmdesk_import_each_other_in_a_circle():
    graph = import_graph(PACKAGE)
    assert "crmdesk.core.lifecycle" in graph
    found = [describe(graph, group) for group in circles(graph)]
    assert not found, "\n".join(found)


def test_an_import_inside_a_function_closes_a_circle_too(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import helper\n")
    (package / "b.py").write_text("def helper():\n    from . import a\n    return a\n")
    (package / "c.py").write_text("import pkg.a\n")
    graph = import_graph(package)
    assert graph["pkg.b"] == {"pkg.a": 2, "pkg": 2}
    assert circles(graph) == [["pkg.a", "pkg.b"]]


@pytest.mark.parametrize("layer", QT_FREE)
def test_service_layers_never_import_qt_or_the_ui(layer):
    """Not even through another module of ours: no module the layer's imports reach
    imports Qt, the GUI or the window's start-up."""
    files = module_files(PACKAGE)
    graph = import_graph(PACKAGE)
    prefix = f"crmdesk.{layer}"
    # module -> how the layer reaches it
    reached = {m: [m] for m in files if m == prefix or m.startswith(prefix + ".")}
    todo = sorted(reached)
    offenders = []
    while todo:
        module = todo.pop(0)
        for name, line in sorted(imported_names(module, files[module]).items()):
            if any(name == qt or name.startswith(qt + ".") for qt in QT):
                offenders.append(f"{' -> '.join(reached[module])} imports {name} (line {line})")
                break
        else:
            for target in graph[module]:
                if target not in reached:
                    reached[target] = [*reached[module], target]
                    todo.append(target)
    assert offenders == []


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is in the test extras")
@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_ruff_is_clean(args):
    done = subprocess.run(
        ["ruff", *args, "crmdesk", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
