#!/usr/bin/env python3
"""realistic_build.py - turns the hand-written, hand-labelled documents in
realistic.src.txt into realistic.jsonl (the format of accuracy.jsonl).

  python3 tests/accuracy/realistic_build.py            # rewrites realistic.jsonl
  python3 tests/accuracy/realistic_build.py --check    # exit 1 if it is stale

The documents were written by hand in the style of real web text; nothing
here generates text. The source marks each labelled span inline:

  ⟦TYPE|value⟧   a gold entity (TYPE: a gizli type name or an alias below)
  ⟪kind|value⟫   a lookalike span that must not be flagged

A document starts with a line "=== <id> <lang>"; its text is every following
line up to the next "===" line (trailing blank lines dropped). Lines starting
with "#" before the first document are comments. The script computes UTF-8
byte offsets and re-checks every checksum-bearing value with the independent
implementation in piigen.py: a labelled TCKN/VKN/VÖEN/MERSIS/IBAN/card must be
valid, a checksum lookalike must be invalid.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_set import unique_ids, write_or_check  # noqa: E402
import piigen as g  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "realistic.src.txt")
OUT = os.path.join(HERE, "realistic.jsonl")

ALIAS = {
    "P": "PERSON", "PH": "PHONE", "EM": "EMAIL", "IB": "IBAN", "CC": "CREDIT_CARD",
    "TC": "TR_TCKN", "VKN": "TR_VKN", "VOEN": "AZ_VOEN", "MER": "TR_MERSIS",
    "FIN": "AZ_FIN", "AZID": "AZ_ID_CARD", "AZP": "AZ_PASSPORT", "TRP": "TR_PASSPORT",
    "TRPL": "TR_PLATE", "AZPL": "AZ_PLATE", "IP": "IP_ADDRESS", "MAC": "MAC_ADDRESS",
    "H": "SOCIAL_HANDLE", "DOB": "DATE_OF_BIRTH", "AD": "ADDRESS", "CR": "CREDENTIAL",
    "SP": "SPECIAL_CATEGORY", "NINO": "UK_NINO", "SSN": "US_SSN",
}
TYPES = set(ALIAS.values())
MARK = re.compile("⟦([A-Z_]+)\\|(.*?)⟧|⟪([a-z_0-9]+)\\|(.*?)⟫", re.S)


def digits_only(s):
    return "".join(c for c in s if c.isdigit())


def check_entity(t, v, where):
    d = digits_only(v)
    bad = None
    if t == "TR_TCKN" and not g.tckn_valid(d):
        bad = "TCKN checksum"
    elif t == "TR_VKN" and (not g.vkn_valid(d) or g.voen_valid(d)):
        bad = "VKN checksum (or also a VÖEN)"
    elif t == "AZ_VOEN" and (not g.voen_valid(d) or g.vkn_valid(d)):
        bad = "VÖEN checksum (or also a VKN)"
    elif t == "IBAN" and not g.iban_valid(v.replace(" ", "").upper()):
        bad = "IBAN mod 97"
    elif t == "CREDIT_CARD" and not g.luhn_sum_ok(d):
        bad = "Luhn"
    elif t == "TR_MERSIS" and not (len(d) == 16 and d[0] == "0" and g.vkn_valid(d[1:11])):
        bad = "MERSIS"
    if bad:
        sys.exit("%s: %s %r fails the %s" % (where, t, v, bad))


def check_lookalike(k, v, where):
    d = digits_only(v)
    bad = None
    if k == "tckn_checksum" and (len(d) != 11 or g.tckn_valid(d)):
        bad = "is a valid TCKN"
    elif k == "iban_checksum" and g.iban_valid(v.replace(" ", "").upper()):
        bad = "is a valid IBAN"
    elif k == "luhn_fail" and g.luhn_sum_ok(d):
        bad = "passes Luhn"
    elif k == "ten_digit_number" and (g.vkn_valid(d) or g.voen_valid(d)):
        bad = "is a valid VKN/VÖEN"
    if bad:
        sys.exit("%s: lookalike %s %r %s" % (where, k, v, bad))


def parse(src):
    docs, cur = [], None
    for n, line in enumerate(src.split("\n"), 1):
        if line.startswith("=== "):
            parts = line.split()
            cur = {"id": parts[1], "lang": parts[2], "lines": [], "line": n}
            docs.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
        elif line.strip() and not line.startswith("#"):
            sys.exit("line %d: text before the first document" % n)
    out = []
    for doc in docs:
        lines = doc["lines"]
        while lines and not lines[-1].strip():
            lines.pop()
        raw = "\n".join(lines)
        text, ents, looks = bytearray(), [], []
        pos = 0
        where = "%s (line %d)" % (doc["id"], doc["line"])
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()].encode("utf-8")
            if m.group(1):
                t, v = ALIAS.get(m.group(1), m.group(1)), m.group(2)
                if t not in TYPES:
                    sys.exit("%s: unknown type %s" % (where, m.group(1)))
                check_entity(t, v, where)
                b = v.encode("utf-8")
                ents.append({"type": t, "start": len(text), "end": len(text) + len(b)})
            else:
                k, v = m.group(3), m.group(4)
                check_lookalike(k, v, where)
                b = v.encode("utf-8")
                looks.append({"kind": k, "start": len(text), "end": len(text) + len(b)})
            if b != b.strip():
                sys.exit("%s: span %r starts or ends with white space" % (where, v))
            text += b
            pos = m.end()
        text += raw[pos:].encode("utf-8")
        s = text.decode("utf-8")
        if "⟦" in s or "⟧" in s or "⟪" in s or "⟫" in s:
            sys.exit("%s: unbalanced markup" % where)
        out.append({"id": doc["id"], "lang": doc["lang"], "text": s,
                    "entities": ents, "lookalikes": looks})
    unique_ids(out)
    return out


def main():
    with open(SRC, encoding="utf-8") as f:
        docs = parse(f.read())
    if not write_or_check(docs, OUT, "realistic_build.py"):
        return
    ne = sum(len(d["entities"]) for d in docs)
    nl = sum(len(d["lookalikes"]) for d in docs)
    by = {}
    for d in docs:
        by[d["lang"]] = by.get(d["lang"], 0) + 1
    print("%d documents (%s), %d entities, %d lookalikes -> %s" % (
        len(docs), ", ".join("%s %d" % kv for kv in sorted(by.items())), ne, nl, OUT))


if __name__ == "__main__":
    main()
