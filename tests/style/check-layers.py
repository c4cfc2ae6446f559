#!/usr/bin/env python3
"""The layers stay layers.

usage: check-layers.py <source-dir> <check>...

Checks (each named on the command line):
  circles     no two folders under services/ include each other, directly or through others: shared
              infrastructure lives in its own folder and domains register handlers with it.
  widgets     services/ and models/ never include QtWidgets (they run headless and in workers).
  ui-no-sql   ui/ never reaches the database: no Qt Sql class, no storage/ header, no SQL text, no
              Workspace::db(). Panes get models and service facades.
  explicit    a constructor that can be called with one argument is explicit (no silent conversions).

Every check first proves itself on a planted case, so it cannot pass by finding nothing.
"""

import re
import sys
from pathlib import Path

EXTENSIONS = {".h", ".cpp"}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"', re.MULTILINE)
WIDGET_INCLUDE = re.compile(r"^\s*#\s*include\s+<(?:QtWidgets/)?(Q(?:Widget|Dialog|MessageBox|Application|"
                            r"MainWindow|AbstractItemView|TableView|TreeView|ListView|Label|PushButton|"
                            r"LineEdit|ComboBox|Action|Menu|FileDialog|StyledItemDelegate|ItemDelegate|Style)\b)"
                            r"[^>]*>", re.MULTILINE)
UI_DATABASE = [
    ("a Qt Sql class", re.compile(r"\bQSql(?:Database|Query|Record|Error|Driver|TableModel|QueryModel)\b")),
    ("a storage header", re.compile(r'#\s*include\s+"storage/(?:Sql|Connection|Settings|Migrator)\.h"')),
    ("the Sql helpers", re.compile(r"\bSql::|\bTransaction\s+\w+\s*\(")),
    ("the workspace database", re.compile(r"\b(?:workspace|m_workspace|ws)\s*(?:->|\.)\s*db\s*\(")),
    ("SQL text", re.compile(r'"\s*(?:SELECT|INSERT|UPDATE|DELETE)\s+[^"]*\b(?:FROM|INTO|SET)\b')),
]


def sources(root, folder):
    base = root / folder
    return sorted(p for p in base.rglob("*") if p.suffix in EXTENSIONS and "build" not in p.parts)


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def folder_graph(root):
    services = root / "services"
    folders = {p.name for p in services.iterdir() if p.is_dir()}
    edges = {f: {} for f in folders}
    for f in folders:
        for path in sources(root, Path("services") / f):
            for target in INCLUDE.findall(strip_comments(path.read_text(errors="replace"))):
                if target in folders and target != f:
                    edges[f].setdefault(target, path.relative_to(root).as_posix())
    return edges


def find_circle(edges):
    """A cycle as a list of folders [a, b, ..., a], or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if state.get(nxt) is None:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if state.get(node) is None:
            found = visit(node)
            if found:
                return found
    return None


def check_circles(root):
    # Self-test: a planted circle is found, a chain is not.
    assert find_circle({"a": {"b": ""}, "b": {"c": ""}, "c": {"a": ""}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b": ""}, "b": {}, "c": {"a": ""}}) is None
    edges = folder_graph(root)
    circle = find_circle(edges)
    if circle:
        steps = [f"{a} -> {b} ({edges[a][b]})" for a, b in zip(circle, circle[1:])]
        return ["service folders include each other in a circle:"] + ["  " + s for s in steps]
    print(f"{len(edges)} service folders, {sum(len(e) for e in edges.values())} dependencies, no circle")
    return []


def check_widgets(root):
    assert WIDGET_INCLUDE.search("#include <QWidget>\n") and WIDGET_INCLUDE.search("#include <QtWidgets/QDialog>\n")
    problems = []
    for folder in ("services", "models"):
        for path in sources(root, folder):
            for m in WIDGET_INCLUDE.finditer(strip_comments(path.read_text(errors="replace"))):
                problems.append(f"{path.relative_to(root)}: includes <{m.group(1)}> (QtWidgets)")
    if not problems:
        print("services/ and models/ include no QtWidgets header")
    return problems


def check_ui_no_sql(root):
    planted = 'QSqlQuery q = Sql::exec(m_context.workspace->db(), u"SELECT id FROM products"_s);'
    assert all(p.search(planted) for name, p in UI_DATABASE if name not in ("a storage header",))
    assert not any(p.search('tr("Select the products to update from the list")') for _, p in UI_DATABASE)
    problems = []
    for path in sources(root, "ui"):
        text = strip_comments(path.read_text(errors="replace"))
        for lineno, line in enumerate(text.splitlines(), 1):
            for name, pattern in UI_DATABASE:
                if pattern.search(line):
                    problems.append(f"{path.relative_to(root)}:{lineno}: reaches {name}: {line.strip()[:100]}")
    if not problems:
        print(f"{len(sources(root, 'ui'))} files in ui/: none reaches the database")
    return problems


def converting_constructors(text):
    """(name, arguments) of every constructor in text that converts implicitly from one argument."""
    classes = set(re.findall(r"\b(?:class|struct)\s+(\w+)\b", text))
    found = []
    pattern = re.compile(r"^[ \t]*((?:explicit|constexpr|inline)\s+)*(\w+)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)"
                         r"\s*(?:;|\{|:|noexcept|=)", re.M)
    for m in pattern.finditer(text):
        mods, name, args = m.groups()
        if name not in classes or (mods and "explicit" in mods):
            continue
        args = args.strip()
        if not args or args == "void":
            continue
        depth, parts, cur = 0, [], ""
        for ch in args:
            depth += ch in "<("
            depth -= ch in ">)"
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        parts.append(cur)
        required = [p.strip() for p in parts if "=" not in p]
        if len(required) > 1:
            continue
        if required and (re.match(r"(const\s+)?" + name + r"\s*&", required[0]) or
                         name + "&&" in required[0].replace(" ", "")):
            continue  # copy and move constructors
        found.append((name, args))
    return found


def check_explicit(root):
    planted = "class Box {\npublic:\n    Box(const QString& label, QObject* parent = nullptr);\n" \
              "    explicit Box(int n);\n    Box(const Box& other);\n    Box(int a, int b);\n};\n"
    assert converting_constructors(planted) == [("Box", "const QString& label, QObject* parent = nullptr")]
    problems = []
    for folder in ("services", "models", "ui", "app"):
        for path in sources(root, folder):
            if path.suffix != ".h":
                continue
            for name, args in converting_constructors(strip_comments(path.read_text(errors="replace"))):
                problems.append(f"{path.relative_to(root)}: {name}({args}) converts implicitly; make it explicit")
    if not problems:
        print("every one-argument constructor in services/, models/, ui/ and app/ is explicit")
    return problems


CHECKS = {"circles": check_circles, "widgets": check_widgets, "ui-no-sql": check_ui_no_sql,
          "explicit": check_explicit}


def main(argv):
    if len(argv) < 3 or any(c not in CHECKS for c in argv[2:]):
        print(__doc__)
        return 2
    root = Path(argv[1])
    problems = []
    for name in argv[2:]:
        problems += CHECKS[name](root)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
