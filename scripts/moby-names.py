#!/usr/bin/env python3
"""Prints the lexicon lines of the real-corpus classes (seventh session):
the names of the Moby word list ("names.txt" of the npm package random-name
0.1.2, MIT; the list is Grady Ward's Moby Word List, public domain) that no
list of data/names has, as surnames (kind "last", language "mul"), for
data/names/lexicon.tsv.

    mkdir /tmp/rn && (cd /tmp/rn && npm pack random-name@0.1.2 && tar xzf random-name-0.1.2.tgz)
    python3 scripts/moby-names.py /tmp/rn/package [../shared/data/ner] > /tmp/lines.tsv

A name is listed when it is a capitalised word of four letters or more
(ASCII letters only), is in no list of data/names yet, never appears in
lower case in the training text (en-btc, en-wnut17 and tr-turkish-wikiner
train, en-wikigold; never a dev or test split, never the Azerbaijani
corpus) nor in the fortune files of /usr/share/games/fortunes (the word
clusters' unlabelled text), and the training splits do not tag it as a
place or an organisation more often than as a person. The Moby list mixes
given names and surnames; "last" marks a name word without saying which.
"""
import collections
import glob
import os
import re
import sys

PKG = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rn/package"
NER = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/ner"
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "names")

low, per, other = collections.Counter(), collections.Counter(), collections.Counter()
train = [
    "en-btc/btc.train",
    "en-wnut17/wnut17train.conll",
    "tr-turkish-wikiner/train.conll",
    "en-wikigold/wikigold.conll.txt",
]
for rel in train:
    for line in open(os.path.join(NER, rel), encoding="utf-8", errors="replace"):
        p = line.split()
        if len(p) < 2:
            continue
        w, t = p[0], p[-1]
        if w[:1].islower():
            low[w.lower()] += 1
        elif w[:1].isupper():
            if "PER" in t.upper():
                per[w.lower()] += 1
            elif t != "O":
                other[w.lower()] += 1
for f in glob.glob("/usr/share/games/fortunes/*"):
    if f.endswith(".dat") or os.path.isdir(f):
        continue
    for w in re.findall(r"[A-Za-z]+", open(f, encoding="utf-8", errors="replace").read()):
        if w[0].islower():
            low[w.lower()] += 1

known = set()
for name in ("gazetteer.tsv", "lexicon.tsv"):
    for line in open(os.path.join(DATA, name), encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) >= 3:
            known.add(p[2].lower())

for path in ("names.txt", "first-names.txt"):
    for w in open(os.path.join(PKG, path), encoding="utf-8"):
        w = w.strip()
        k = w.lower()
        if not re.fullmatch(r"[A-Z][a-z]{3,}", w) or k in known or low[k] or other[k] > per[k]:
            continue
        known.add(k)
        print(f"last\tmul\t{w}")
