"""Regenerates hash-oracle.json: CPython's hashlib/zlib digests of a few inputs (run: python3 hash-oracle.py)."""
import hashlib, json, os, zlib

inputs = ["", "Spark", "a" * 55, "a" * 56, "a" * 64, "a" * 119, "héllo wörld ✓", "The quick brown fox jumps over the lazy dog" * 5]
out = []
for s in inputs:
    b = s.encode("utf-8")
    out.append({"input": s, "md5": hashlib.md5(b).hexdigest(), "sha1": hashlib.sha1(b).hexdigest(),
                "sha224": hashlib.sha224(b).hexdigest(), "sha256": hashlib.sha256(b).hexdigest(),
                "sha384": hashlib.sha384(b).hexdigest(), "sha512": hashlib.sha512(b).hexdigest(), "crc32": zlib.crc32(b)})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hash-oracle.json"), "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
