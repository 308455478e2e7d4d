#!/usr/bin/env python3
"""Print CPython's AST of a Python 3 source as JSON, in the shape src/engine/dsl/AST.md fixes.

Columns are converted from CPython's UTF-8 byte offsets to UTF-16 code units (JS string indices), as
AST.md specifies; they are unchanged for ASCII source.

Usage: py-ast-json.py FILE            (one module)
       py-ast-json.py --jsonl FILE    (each line is a JSON string of source; prints one JSON per line,
                                       or {"error": {...}} when CPython raises SyntaxError)
"""
import ast
import json
import sys


def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, complex):
        return {"complex": repr(v)}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    if v is Ellipsis:
        return {"ellipsis": True}
    raise TypeError(type(v))


def utf16_col(lines, lineno, col, unit="bytes"):
    """Column `col` of line `lineno` (1-based), in UTF-8 bytes or code points, as UTF-16 code units."""
    if col is None or lineno is None or lineno < 1 or lineno > len(lines) or col < 0:
        return col
    line = lines[lineno - 1]
    if line.isascii():
        return col
    if unit == "bytes":
        raw = line.encode("utf-8")
        prefix, beyond = raw[:col].decode("utf-8", "replace"), max(0, col - len(raw))
    else:
        prefix, beyond = line[:col], max(0, col - len(line))
    # Offsets may point past the line's text (at its newline or end).
    return len(prefix.encode("utf-16-le")) // 2 + beyond


def one_based_utf16(lines, lineno, offset):
    if offset is None or offset < 1:
        return offset
    return utf16_col(lines, lineno, offset - 1, "chars") + 1


def node(n, lines=None):
    if isinstance(n, ast.AST):
        out = {"_type": type(n).__name__}
        for f in n._fields:
            val = getattr(n, f, None)
            is_const = isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value"
            out[f] = const(val) if is_const else node(val, lines)
        for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if a in n._attributes:
                out[a] = getattr(n, a, None)
        if lines is not None and "col_offset" in out:
            out["col_offset"] = utf16_col(lines, out["lineno"], out["col_offset"])
            out["end_col_offset"] = utf16_col(lines, out["end_lineno"], out["end_col_offset"])
        return out
    if isinstance(n, list):
        return [node(x, lines) for x in n]
    return n


def parse(src):
    lines = src.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    try:
        return node(ast.parse(src), lines)
    except SyntaxError as e:
        # SyntaxError offsets are 1-based and count code points, not bytes.
        offset = one_based_utf16(lines, e.lineno, e.offset)
        end_offset = one_based_utf16(lines, getattr(e, "end_lineno", None), getattr(e, "end_offset", None))
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": offset,
                          "end_lineno": getattr(e, "end_lineno", None), "end_offset": end_offset,
                          "text": e.text}}


if __name__ == "__main__":
    if sys.argv[1] == "--jsonl":
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    print(json.dumps(parse(json.loads(line))))
    else:
        with open(sys.argv[1], encoding="utf-8") as f:
            print(json.dumps(parse(f.read()), indent=1))
