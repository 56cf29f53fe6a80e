#!/usr/bin/env python3
"""Prints the lexicon lines of the real-corpus classes (sixth session): the
single-word places ("loc") and organisations ("brand") of the training
splits, for data/names/lexicon.tsv.

    python3 scripts/train-lists.py [../shared/data/ner] > /tmp/lines.tsv

A word is listed when the training data (en-btc, en-wnut17 and
tr-turkish-wikiner train, en-wikigold; never a dev or test split, never the
Azerbaijani corpus) tags it alone as a place (LOC/GPE/FAC/location), or as
an organisation (ORG/corporation/group), twice or more and at least twice as
often as any other type, never as a person or inside one, it has four
letters or more, starts with a capital and is not all capitals, is in no
list of data/names yet, and the training text never has it in lower case.
A Turkish apostrophe suffix is cut off first.
"""
import collections
import os
import re
import sys

NER = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PER": "P", "person": "P", "PERSON": "P", "LOC": "L", "GPE": "L", "FAC": "L",
         "location": "L", "ORG": "O", "corporation": "O", "group": "O"}


def read(path, sep="\t"):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        p = line.split(sep) if sep else line.split(" ")
        if len(p) >= 2:
            cur.append((p[0], p[-1]))
    if cur:
        sents.append(cur)
    return sents


def entities(sents):
    out = []
    for s in sents:
        prev, cur = "O", None
        for tok, tag in s:
            if tag == "O":
                if cur:
                    out.append(cur)
                cur, prev = None, "O"
                continue
            bi, typ = tag.split("-", 1)
            if bi == "B" or prev == "O" or prev.split("-", 1)[1] != typ:
                if cur:
                    out.append(cur)
                cur = [typ, [tok]]
            else:
                cur[1].append(tok)
            prev = tag
        if cur:
            out.append(cur)
    return out


def stem(w):
    return re.sub(r"['\u2019][^\s]*$", "", w)


train = [read(f"{NER}/en-btc/btc.train"), read(f"{NER}/en-wnut17/wnut17train.conll"),
         read(f"{NER}/tr-turkish-wikiner/train.conll"),
         read(f"{NER}/en-wikigold/wikigold.conll.txt", sep=None)]
count = collections.defaultdict(collections.Counter)
lower = collections.Counter()
for sents in train:
    for s in sents:
        for tok, _ in s:
            w = stem(tok)
            lower[w.lower()] += w == w.lower()
    for typ, toks in entities(sents):
        t = TYPES.get(typ, "X")
        if len(toks) != 1:
            if t == "P":
                for w in toks:
                    count[stem(w)]["P"] += 1
            continue
        count[stem(toks[0])][t] += 1
known = set()
for f in ("gazetteer.tsv", "lexicon.tsv"):
    for line in open(os.path.join(HERE, "..", "data", "names", f), encoding="utf-8"):
        if line.startswith("# real-corpus classes (sixth session): single-word"):
            break  # the lines this script printed
        p = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(p) == 3:
            known.add(p[2].lower())


def ok(w):
    return (len(w) >= 4 and w[0].isupper() and not w.isupper() and
            re.fullmatch(r"[^\W\d_][^\W\d_\-.]*", w) and w.lower() not in known and
            lower[w.lower()] == 0)


for kind, t in (("loc", "L"), ("brand", "O")):
    for w in sorted(count):
        d = count[w]
        rest = sum(v for k, v in d.items() if k not in (t, "P"))
        if ok(w) and d["P"] == 0 and d[t] >= 2 and d[t] >= 2 * rest:
            print(f"{kind}\tmul\t{w}")
