#!/usr/bin/env python3
"""
CPython oracle for the streaming example programs: reads the lines a program sends (its
`typed` list) or the files it writes (`texts`) with ast, and prints the word counts they
must add up to, as JSON {word: count}. Usage: python3 oracle.py PROGRAM.py
"""
import ast
import json
import sys
from collections import Counter


def literal(tree, name):
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    return None


def main(path):
    with open(path) as f:
        tree = ast.parse(f.read())
    lines = literal(tree, "typed")
    if lines is None:
        lines = [l for text in literal(tree, "texts") for l in text.split("\n")]
    counts = Counter(w for line in lines for w in line.split(" "))
    print(json.dumps(dict(sorted(counts.items()))))


if __name__ == "__main__":
    main(sys.argv[1])
