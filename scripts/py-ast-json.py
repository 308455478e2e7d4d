#!/usr/bin/env python3
"""Print CPython's AST of a Python 3 source as JSON, in the shape src/engine/dsl/AST.md fixes.

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


def node(n):
    if isinstance(n, ast.AST):
        out = {"_type": type(n).__name__}
        for f in n._fields:
            val = getattr(n, f, None)
            out[f] = const(val) if (isinstance(n, ast.Constant) and f == "value") else node(val)
        for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if a in n._attributes:
                out[a] = getattr(n, a, None)
        return out
    if isinstance(n, list):
        return [node(x) for x in n]
    return n


def parse(src):
    try:
        return node(ast.parse(src))
    except SyntaxError as e:
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "end_lineno": getattr(e, "end_lineno", None), "end_offset": getattr(e, "end_offset", None),
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
