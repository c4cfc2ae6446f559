#!/usr/bin/env python3
"""Colours come from the theme only.

Fails when a colour literal appears in ui/, models/ or app/ outside the theme's own files
(models/ThemeColors.h, ui/Theme.h, ui/Theme.cpp). A colour there is named in ThemeColors.h and used by
name: Theme::Danger in code, Theme::css(Theme::Danger) in a style sheet or rich text.

usage: check-colour-literals.py <source-dir>

Inside string literals it looks for #RRGGBB and #RGB, rgb()/rgba() and a few CSS colour keywords after a
colour property; in code for QColor built from numbers, qRgb()/qRgba() and Qt's global colours
(Qt::white, ...; Qt::transparent is not a colour and stays allowed). Comments are not code and are
skipped, and so are preprocessor lines outside strings: #include and #pragma are never mistaken for
colours. Before scanning, the script checks itself against a few planted cases so it cannot pass by
finding nothing.
"""

import re
import sys
from pathlib import Path

SCANNED = ("ui", "models", "app")
ALLOWED = {"models/ThemeColors.h", "ui/Theme.h", "ui/Theme.cpp"}
EXTENSIONS = {".h", ".hpp", ".cpp", ".cc", ".cxx"}

IN_STRINGS = [
    ("hex colour", re.compile(r"#[0-9A-Fa-f]{6}")),
    ("hex colour", re.compile(r"#[0-9A-Fa-f]{3}\b(?!-)")),
    ("rgb() colour", re.compile(r"\brgba?\(\s*\d")),
    ("named colour",
     re.compile(r"\b(?:color|background(?:-color)?|bgcolor|border(?:-[a-z]+)*)\s*[:=]\s*[^;{}'\"<>]*?"
                r"\b(?:white|black|red|green|blue|yellow|orange|gray|grey|silver)\b", re.IGNORECASE)),
]
IN_CODE = [
    ("QColor from numbers", re.compile(r"\bQColor\s*(?:\w+\s*)?[({]\s*(?:0x|\d)")),
    ("QColor from numbers", re.compile(r"\bQColor::fromRgb(?:F|a)?\s*\(")),
    ("qRgb()", re.compile(r"\bqRgba?\s*\(")),
    ("Qt global colour",
     re.compile(r"\bQt::(?:white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|"
                r"darkMagenta|yellow|darkYellow|gray|darkGray|lightGray)\b")),
]

RAW_PREFIXES = {"R", "uR", "UR", "LR", "u8R"}
CHAR_PREFIXES = {"", "u", "U", "L", "u8"}


def lex(text):
    """Splits C++ source into code (comments and literals blanked) and string literals.

    Returns (code, strings): code keeps the line structure; strings is a list of (line, contents).
    """
    code = []
    strings = []
    i = 0
    n = len(text)
    line = 1

    def word_before(pos):
        start = pos
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'."):
            start -= 1
        return text[start:pos]

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            i = end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            newlines = text.count("\n", i, end)
            code.append("\n" * newlines)
            line += newlines
            i = end
            continue
        if c == '"':
            prefix = word_before(i)
            if prefix in RAW_PREFIXES:
                open_paren = text.find("(", i)
                delimiter = text[i + 1:open_paren]
                close = text.find(")" + delimiter + '"', open_paren)
                close = n if close < 0 else close
                strings.append((line, text[open_paren + 1:close]))
                end = min(n, close + len(delimiter) + 2)
            else:
                j = i + 1
                while j < n and text[j] != '"' and text[j] != "\n":
                    j += 2 if text[j] == "\\" else 1
                strings.append((line, text[i + 1:j]))
                end = min(n, j + 1)
            newlines = text.count("\n", i, end)
            code.append('""' + "\n" * newlines)
            line += newlines
            i = end
            continue
        if c == "'":
            before = word_before(i)
            if before[:1].isdigit() or before not in CHAR_PREFIXES:
                # A digit separator (1'000) rather than a character literal.
                code.append(c)
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != "'" and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            code.append("''")
            i = min(n, j + 1)
            continue
        if c == "\n":
            line += 1
        code.append(c)
        i += 1
    return "".join(code), strings


def problems(text):
    """Yields (line, what, excerpt) for every colour literal in one file's text."""
    code, strings = lex(text)
    for line, contents in strings:
        for what, pattern in IN_STRINGS:
            for m in pattern.finditer(contents):
                yield line + contents.count("\n", 0, m.start()), what, m.group(0)
    for what, pattern in IN_CODE:
        for m in pattern.finditer(code):
            yield code.count("\n", 0, m.start()) + 1, what, m.group(0)


def self_test():
    flagged = [
        'auto s = u"color: #C0392B;"_s;',
        'auto s = u"background:#fff"_s;',
        'auto s = uR"(\nQToolButton { color: #E6ECF0; }\n)"_s;',
        'auto s = u"<td bgcolor=\'#E6EAEE\'>"_s;',
        'auto s = u"color: white; font-weight: 600;"_s;',
        'auto s = u"background: rgba(0, 0, 0, 40)"_s;',
        "return QColor(0xC0, 0x39, 0x2B);",
        "const QColor c{192, 57, 43};",
        "p.setPen(Qt::white);",
        "auto c = QColor::fromRgb(1, 2, 3);",
        "auto c = qRgb(1, 2, 3);",
    ]
    clean = [
        '#include "Theme.h"\n#include <QColor>\n#pragma once\n#define FACE 1\n#ifdef ABC\n#endif',
        'setObjectName(u"demoBanner"_s); setStyleSheet(u"#demoBanner { background: %1; }"_s.arg(x));',
        "// QColor(0xC0, 0x39, 0x2B) and #C0392B, only in a comment\n/* Qt::white, #FFF */",
        'auto s = u"%1"_s.arg(Theme::css(Theme::Danger)); QColor c(palette.at(0)); QColor d = Theme::Muted;',
        "pixmap.fill(Qt::transparent); const int n = 1'000'000; const char16_t q = u'\"';",
        'auto s = u"#add-product { border: none; } #deadline { }"_s;',
        'auto s = u"a white paper, black friday"_s;',
        'auto s = u"<span style=\'color:%1\'>white wine</span>"_s;',
    ]
    failures = []
    for sample in flagged:
        if not list(problems(sample)):
            failures.append("not flagged: " + sample)
    for sample in clean:
        found = list(problems(sample))
        if found:
            failures.append("flagged wrongly: %s -> %s" % (sample, found))
    return failures


def main():
    if len(sys.argv) != 2:
        print("usage: check-colour-literals.py <source-dir>", file=sys.stderr)
        return 2
    failures = self_test()
    if failures:
        print("The checker itself is broken:", *failures, sep="\n  ", file=sys.stderr)
        return 2

    root = Path(sys.argv[1]).resolve()
    for allowed in ALLOWED:
        if not (root / allowed).is_file():
            print("FAIL: %s is missing under %s; is this the source directory?" % (allowed, root), file=sys.stderr)
            return 2
    found = []
    scanned = 0
    for top in SCANNED:
        for path in sorted((root / top).rglob("*")):
            relative = path.relative_to(root).as_posix()
            if path.suffix not in EXTENSIONS or not path.is_file() or relative in ALLOWED:
                continue
            scanned += 1
            text = path.read_text(encoding="utf-8")
            for line, what, excerpt in problems(text):
                found.append("%s:%d: %s %r" % (relative, line, what, excerpt))
    if scanned == 0:
        print("FAIL: no sources found under %s" % root, file=sys.stderr)
        return 2
    if found:
        print("Colour literals outside the theme; name the colour in models/ThemeColors.h and use it "
              "(Theme::X, or Theme::css(Theme::X) in a style sheet or rich text):", file=sys.stderr)
        for f in found:
            print("  " + f, file=sys.stderr)
        return 1
    print("%d files in %s: colours come from the theme only" % (scanned, ", ".join(SCANNED)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
