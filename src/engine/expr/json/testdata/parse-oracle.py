"""Regenerates parse-oracle.json: CPython's json module as the oracle of the JSON parser
(run: python3 parse-oracle.py). Every case is an object or array text, hand-written or a seeded
mutation of one; CPython's raw_decode reads the root value and ignores what follows, as Spark's
Jackson parser does, and keeps number tokens as written (parse_int / parse_float / parse_constant).
Blank texts (no record) and Jackson-only tokens are left to the unit tests. Each case gets the parsed value in a canonical text, or null when CPython rejects it."""
import json, os, random

def canon(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, str): return json.dumps(v, ensure_ascii=True)
    if isinstance(v, tuple): return "#%s:%s" % v
    if isinstance(v, list): return "[" + ",".join(canon(x) for x in v) + "]"
    return "{" + ",".join(json.dumps(k, ensure_ascii=True) + ":" + canon(x) for k, x in v.items()) + "}"

decoder = json.JSONDecoder(parse_int=lambda t: ("i", t), parse_float=lambda t: ("f", t), parse_constant=lambda t: ("f", t))

def oracle(text):
    s = text.lstrip(" \t\n\r")
    try:
        v, _ = decoder.raw_decode(s)
    except (ValueError, RecursionError):
        return None
    return canon(v)

SEEDS = [
    '{"a": 1, "b": 1.0, "c": -0, "d": 1.5e3, "e": 2E-2, "f": -12.50}',
    '{"big": 9007199254740993, "bigger": 123456789012345678901234567890, "neg": -9223372036854775809}',
    '{"dec": 0.1000000000000000055511151231257827, "tiny": 1e-400, "huge": 1e400}',
    '{"s": "tab\\there \\"q\\" \\\\ \\/ \\b\\f\\n\\r", "u": "\\u00e9\\u4e2d\\ud83d\\ude00", "raw": "héllo ✓"}',
    '{"n": null, "t": true, "f": false, "e": {}, "ea": [], "nested": {"x": [1, [2, [3, {"y": null}]]]}}',
    '[{"a": 1}, {"a": 2, "b": "x"}, {}]',
    '{"x": NaN, "y": Infinity, "z": -Infinity}',
    '{"dup": 1, "other": 2, "dup": 3}',
    '  \t{"lead": "space"}  ',
    '{"a": 1} trailing text is not read',
    '{"a": [1, 2, 3]}{"b": 2}',
    '{"a": 01}', '{"a": 1.}', '{"a": .5}', '{"a": -}', '{"a": +1}', '{"a": 1e}', '{"a": 1e+}',
    '{"a": tru}', '{"a": truex}', '{"a": nul}', '{"a": NaNx}', '{"a": -NaN}',
    "{'a': 1}", "{\"a\": 'x'}", '{a: 1}', '{"a" 1}', '{"a": 1,}', '[1, 2,]', '[1 2]', '{"a": [1, 2}', '{"a": 1',
    '{"a": "unterminated}', '{"a": "bad \\x escape"}', '{"a": "bad \\u12G4"}', '{"a": "ctrl \x01 char"}', '{"a": "\x7f del"}',
    '{"a": "\\\'"}', '{"a": // comment\n 1}', '{"a": 1 /* c */}', '{}', '[]', '{"": ""}',
]

ALPHABET = list('{}[]:,"\' \\0123456789.eE+-truefalsenullNaInfinityxu')

def mutate(rng, s):
    if not s: return s
    op = rng.randrange(4)
    i = rng.randrange(len(s))
    if op == 0: return s[:i] + s[i + 1:]
    if op == 1: return s[:i] + rng.choice(ALPHABET) + s[i:]
    if op == 2: return s[:i] + rng.choice(ALPHABET) + s[i + 1:]
    j = rng.randrange(len(s))
    return s[:i] + s[j:j + rng.randrange(1, 6)] + s[i:]

rng = random.Random(20261201)
cases = list(SEEDS)
valid = [s for s in SEEDS if oracle(s) is not None]
while len(cases) < 600:
    s = rng.choice(valid)
    for _ in range(1 if rng.random() < 0.7 else 2):
        s = mutate(rng, s)
    t = s.lstrip(" \t\n\r")
    # Only object and array roots: Spark's records are objects (or arrays of them). Jackson's
    # +Infinity / +INF / -INF (allowNonNumericNumbers) are not CPython's: the unit tests take them.
    if t[:1] in ("{", "[") and s not in cases and "+Inf" not in s and "INF" not in s:
        cases.append(s)

out = [{"text": s, "value": oracle(s)} for s in cases]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "parse-oracle.json"), "w") as f:
    json.dump(out, f, indent=0, ensure_ascii=True)
    f.write("\n")
print(len(out), "cases,", sum(1 for c in out if c["value"] is None), "rejected")
