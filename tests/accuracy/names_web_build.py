#!/usr/bin/env python3
"""names_web_build.py - turns the hand-written, hand-labelled web-style
documents in names_web.src.txt into names_web.jsonl (the format of
accuracy.jsonl, PERSON entities only).

  python3 tests/accuracy/names_web_build.py            # rewrites names_web.jsonl
  python3 tests/accuracy/names_web_build.py --check    # exit 1 if it is stale

Nothing here generates text: the documents were written by hand. The source
marks each gold PERSON span inline as [[name]]. A document starts with a line
"=== <id> <lang>"; its text is every following line up to the next "===" line
(trailing blank lines dropped). Lines before the first document are comments.
Offsets are UTF-8 byte offsets, end exclusive. Deterministic, stdlib only.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_set import unique_ids, write_or_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "names_web.src.txt")
OUT = os.path.join(HERE, "names_web.jsonl")
MARK = re.compile(r"\[\[(.+?)\]\]")
LANGS = {"az", "tr", "en"}


def parse(src):
    docs, cur = [], None
    for n, line in enumerate(src.split("\n"), 1):
        if line.startswith("=== "):
            parts = line.split()
            if len(parts) != 3 or parts[2] not in LANGS:
                sys.exit("line %d: bad document header %r" % (n, line))
            cur = {"id": parts[1], "lang": parts[2], "lines": [], "line": n}
            docs.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    out = []
    for doc in docs:
        lines = doc["lines"]
        while lines and not lines[-1].strip():
            lines.pop()
        raw = "\n".join(lines)
        where = "%s (line %d)" % (doc["id"], doc["line"])
        text, ents, pos = bytearray(), [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()].encode("utf-8")
            v = m.group(1)
            if v != v.strip() or "\n" in v or "[" in v:
                sys.exit("%s: bad span %r" % (where, v))
            b = v.encode("utf-8")
            ents.append({"type": "PERSON", "start": len(text), "end": len(text) + len(b)})
            text += b
            pos = m.end()
        text += raw[pos:].encode("utf-8")
        s = text.decode("utf-8")
        if "[[" in s or "]]" in s:
            sys.exit("%s: unbalanced [[ ]] markup" % where)
        if not 150 <= len(text) <= 2000:
            sys.exit("%s: %d bytes, outside 150..2000" % (where, len(text)))
        out.append({"id": doc["id"], "lang": doc["lang"], "text": s,
                    "entities": ents, "lookalikes": []})
    unique_ids(out)
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        docs = parse(f.read())
    if not write_or_check(docs, OUT, "names_web_build.py"):
        return
    by, ne = {}, {}
    for d in docs:
        by[d["lang"]] = by.get(d["lang"], 0) + 1
        ne[d["lang"]] = ne.get(d["lang"], 0) + len(d["entities"])
    print("%d documents, PERSON spans: %s -> %s" % (
        len(docs), ", ".join("%s %d docs/%d names" % (k, by[k], ne[k]) for k in sorted(by)), OUT))


if __name__ == "__main__":
    main()
