"""The package is laid out by stage, and imports only go down the stack:

    cli -> api -> pipeline -> store | views -> graph -> extract | read -> model, errors

Read from the source with ast (every import, at module level or inside a function), so a lazy
import that reaches up counts as much as one at the top of a file."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
TOP_LEVEL_MODULES = {"__init__", "__main__", "api", "cli", "model", "errors"}
RANK = {  # a module may import modules of a lower rank, and modules of its own subpackage
    "kg.model": 0, "kg.errors": 0, "kg.ontology": 0,
    "kg.read": 1, "kg.extract": 1,
    "kg.graph": 2,
    "kg.store": 3, "kg.views": 3,
    "kg.pipeline": 4,
    "kg.api": 5,
    "kg.cli": 6,
    "kg": 7,
}
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def stage(module: str) -> str:
    """The unit a rank belongs to: "kg.extract" for kg.extract.clauses, "kg.api" for kg.api."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def imported(module: str, tree: ast.AST) -> set[str]:
    """The kg modules `module` imports ("from kg.graph import rdf" imports kg.graph.rdf)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "kg"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kg":
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
    found.discard(module)
    return found


IMPORTS = {name: imported(name, ast.parse(path.read_text(encoding="utf-8"))) for name, path in MODULES.items()}


def allowed(importer: str, target: str) -> bool:
    if stage(importer) == stage(target) and stage(importer) != "kg":
        return True  # within one stage
    if target == "kg":
        return False
    return RANK[stage(target)] < RANK[stage(importer)]


def upward_imports(imports: dict[str, set[str]]) -> list[str]:
    return sorted(f"{a} imports {b}" for a, targets in imports.items() for b in targets if not allowed(a, b))


def cycles(imports: dict[str, set[str]]) -> list[list[str]]:
    """Every import circle, each reported once (from its smallest module name)."""
    found = []

    def walk(path: list[str]) -> None:
        for nxt in sorted(imports.get(path[-1], ())):
            if nxt == path[0]:
                found.append(path[:])
            elif nxt > path[0] and nxt not in path:
                walk(path + [nxt])

    for start in sorted(imports):
        walk([start])
    return found


def test_every_module_has_a_stage():
    assert all(stage(name) in RANK for name in MODULES), [n for n in MODULES if stage(n) not in RANK]


def test_only_the_entry_points_sit_directly_in_the_package():
    loose = {p.stem for p in PACKAGE.glob("*.py")}
    assert loose <= TOP_LEVEL_MODULES, loose - TOP_LEVEL_MODULES
    assert {"read", "extract", "graph", "store", "views", "pipeline"} <= {p.name for p in PACKAGE.iterdir() if p.is_dir()}


def test_imports_only_go_down_the_stack():
    assert upward_imports(IMPORTS) == []


def test_only_the_cli_and_the_package_import_the_api():
    importers = {name for name, targets in IMPORTS.items() if "kg.api" in targets}
    assert importers and all(name == "kg" or stage(name) == "kg.cli" for name in importers), importers


def test_no_import_circle():
    assert cycles(IMPORTS) == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_over_500_lines(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[name]} has {lines} lines: split it by what it does"


# The checks themselves catch what they are for.
@pytest.mark.parametrize("imports, problem", [
    ({"kg.graph.rdf": {"kg.pipeline.builder"}}, "kg.graph.rdf imports kg.pipeline.builder"),
    ({"kg.read.files": {"kg.extract.parse"}}, "kg.read.files imports kg.extract.parse"),  # siblings
    ({"kg.views.html": {"kg.store.sparql"}}, "kg.views.html imports kg.store.sparql"),
    ({"kg.pipeline.builder": {"kg.api"}}, "kg.pipeline.builder imports kg.api"),
    ({"kg.extract.rules": {"kg"}}, "kg.extract.rules imports kg"),
])
def test_an_upward_import_is_reported(imports, problem):
    assert upward_imports(imports) == [problem]


def test_a_circle_is_reported():
    assert cycles({"kg.graph.a": {"kg.graph.b"}, "kg.graph.b": {"kg.graph.c"}, "kg.graph.c": {"kg.graph.a"}}) == [
        ["kg.graph.a", "kg.graph.b", "kg.graph.c"]
    ]
    assert cycles({"kg.graph.a": {"kg.graph.b"}, "kg.graph.b": set()}) == []
