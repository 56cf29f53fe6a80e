#!/usr/bin/env python3
"""evaluate.py - scores gizli predictions against the labelled accuracy set.

  python3 tests/accuracy/evaluate.py GOLD.jsonl PRED.jsonl
        [--types structured|all|TYPE,TYPE,...] [--floors floors.json]
        [--errors N] [--json REPORT.json]

GOLD lines: {"id","lang","text","entities":[{"type","start","end"}],
             "lookalikes":[{"kind","start","end"}]}   (see README.md)
PRED lines: the output of `gizli scan --format jsonl`:
            {"id", "entities":[{"type","start","end","score","text"}]}
Offsets are UTF-8 byte offsets, end exclusive.

Reported, per type, per language and overall (micro-averaged):
  exact   : a prediction counts only with the same type and the same span;
  overlap : same type and the spans share at least one byte (1:1 matching).
  leak    : fraction of gold entities that no prediction of ANY type overlaps
            (what would survive redaction);
  lookalike false positives: predictions of the selected types overlapping a
            span labelled as a lookalike (checksum failures, amounts, ...).

With --floors the script exits 1 when any per-type precision or recall (of the
floors' "match" kind) is below its floor, the leak rate is above
"max_leak_rate", or lookalike false positives exceed "max_lookalike_fp". It
exits 2 when the prediction file is unusable (missing, empty, documents
missing), so an absent engine can never pass.
"""

import argparse
import json
import sys
from collections import Counter, defaultdict

UNSTRUCTURED = {"PERSON", "LOCATION", "ORGANIZATION"}


def load_jsonl(path, what):
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    print("error: %s file line %d is not JSON: %s" % (what, n, e), file=sys.stderr)
                    sys.exit(2)
    except OSError as e:
        print("error: cannot read %s file: %s" % (what, e), file=sys.stderr)
        sys.exit(2)
    return out


def key(doc_id):
    return json.dumps(doc_id, sort_keys=True)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


class Counts:
    __slots__ = ("tp", "fp", "fn")

    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def p(self):
        d = self.tp + self.fp
        return self.tp / d if d else None

    def r(self):
        d = self.tp + self.fn
        return self.tp / d if d else None

    def f1(self):
        p, r = self.p(), self.r()
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


def match_exact(gold, pred):
    """gold, pred: lists of (start, end). Returns (tp, unmatched gold idx,
    unmatched pred idx)."""
    pc = Counter(pred)
    tp = 0
    ug = []
    for i, g in enumerate(gold):
        if pc[g] > 0:
            pc[g] -= 1
            tp += 1
        else:
            ug.append(i)
    gc = Counter(gold)
    up = []
    for j, p in enumerate(pred):
        if gc[p] > 0:
            gc[p] -= 1
        else:
            up.append(j)
    return tp, ug, up


def match_overlap(gold, pred):
    """Greedy 1:1 matching of overlapping spans, largest overlap first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if overlaps(g, p):
                pairs.append((-(min(g[1], p[1]) - max(g[0], p[0])), i, j))
    pairs.sort()
    mg, mp = set(), set()
    for _, i, j in pairs:
        if i not in mg and j not in mp:
            mg.add(i)
            mp.add(j)
    return (len(mg), [i for i in range(len(gold)) if i not in mg],
            [j for j in range(len(pred)) if j not in mp])


def fmt(x):
    return "  -  " if x is None else "%.3f" % x


def main():
    ap = argparse.ArgumentParser(description="Score gizli predictions against gold spans.")
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--types", default="structured",
                    help="structured (default: all but PERSON/LOCATION/ORGANIZATION), "
                         "all, or a comma-separated list of type names")
    ap.add_argument("--floors", help="JSON file of minimum precision/recall per type")
    ap.add_argument("--errors", type=int, default=0,
                    help="print up to N missed and N spurious spans per type")
    ap.add_argument("--json", help="also write the numbers to this JSON file")
    a = ap.parse_args()

    gold_docs = load_jsonl(a.gold, "gold")
    pred_docs = load_jsonl(a.pred, "prediction")
    if not gold_docs:
        print("error: gold file has no documents", file=sys.stderr)
        return 2
    if not pred_docs:
        print("error: prediction file %s is empty (did the scan run?)" % a.pred, file=sys.stderr)
        return 2

    all_types = sorted({e["type"] for d in gold_docs for e in d["entities"]} |
                       {e.get("type") for d in pred_docs for e in d.get("entities", [])})
    if a.types == "all":
        sel = set(all_types)
    elif a.types == "structured":
        sel = {t for t in all_types if t not in UNSTRUCTURED}
    else:
        sel = {t.strip().upper() for t in a.types.split(",") if t.strip()}

    preds = {}
    for d in pred_docs:
        if "id" not in d or not isinstance(d.get("entities"), list):
            print("error: prediction line without id/entities: %.80s" % json.dumps(d), file=sys.stderr)
            return 2
        preds[key(d["id"])] = d["entities"]
    missing = [d["id"] for d in gold_docs if key(d["id"]) not in preds]
    if missing:
        print("error: %d of %d gold documents have no prediction line (first: %s)" %
              (len(missing), len(gold_docs), missing[0]), file=sys.stderr)
        return 2

    ex = defaultdict(Counts)      # per type, exact
    ov = defaultdict(Counts)      # per type, overlap
    lex = defaultdict(Counts)     # per language, exact
    lov = defaultdict(Counts)     # per language, overlap
    tex, tov = Counts(), Counts()
    leak_n = Counter()
    gold_n = Counter()
    pred_n = Counter()
    lang_leak, lang_gold = Counter(), Counter()
    look_fp = Counter()
    look_fp_types = defaultdict(Counter)
    look_total = Counter()
    errors = defaultdict(lambda: {"missed": [], "spurious": []})
    bad_offsets = 0

    for d in gold_docs:
        lang = d.get("lang", "?")
        text = d["text"].encode("utf-8")
        pents = preds[key(d["id"])]
        allp = []
        for e in pents:
            s, t = e.get("start"), e.get("end")
            if not isinstance(s, int) or not isinstance(t, int) or not 0 <= s < t <= len(text):
                bad_offsets += 1
                continue
            allp.append((s, t, e.get("type")))
        gents = [e for e in d["entities"] if e["type"] in sel]
        for t in sel:
            g = [(e["start"], e["end"]) for e in gents if e["type"] == t]
            p = [(s, e) for s, e, ty in allp if ty == t]
            if not g and not p:
                continue
            gold_n[t] += len(g)
            pred_n[t] += len(p)
            tp, ug, up = match_exact(g, p)
            for c in (ex[t], lex[lang], tex):
                c.add(tp, len(up), len(ug))
            tp, ug, up = match_overlap(g, p)
            for c in (ov[t], lov[lang], tov):
                c.add(tp, len(up), len(ug))
            if a.errors:
                er = errors[t]
                for i in ug:
                    if len(er["missed"]) < a.errors:
                        er["missed"].append((d["id"], text[g[i][0]:g[i][1]].decode("utf-8", "replace")))
                for j in up:
                    if len(er["spurious"]) < a.errors:
                        er["spurious"].append((d["id"], text[p[j][0]:p[j][1]].decode("utf-8", "replace")))
        for e in gents:
            sp = (e["start"], e["end"])
            lang_gold[lang] += 1
            if not any(overlaps(sp, (s, t)) for s, t, _ in allp):
                leak_n[e["type"]] += 1
                lang_leak[lang] += 1
        for lk in d.get("lookalikes", []):
            look_total[lk["kind"]] += 1
            hits = [ty for s, t, ty in allp if ty in sel and overlaps((lk["start"], lk["end"]), (s, t))]
            if hits:
                look_fp[lk["kind"]] += 1
                for ty in hits:
                    look_fp_types[lk["kind"]][ty] += 1

    types = sorted(t for t in sel if gold_n[t] or pred_n[t])
    w = max([len(t) for t in types] + [12])
    print("gizli accuracy: %d documents, types=%s" % (len(gold_docs), a.types))
    if bad_offsets:
        print("WARNING: %d predicted spans had invalid offsets and were ignored" % bad_offsets)
    print()
    print("| %-*s | gold | pred | exact P | exact R | exact F1 | ovl P | ovl R | ovl F1 | leak |" % (w, "type"))
    print("|%s|------|------|---------|---------|----------|-------|-------|--------|------|" % ("-" * (w + 2)))
    for t in types:
        e, o = ex[t], ov[t]
        lr = leak_n[t] / gold_n[t] if gold_n[t] else None
        print("| %-*s | %4d | %4d |  %s  |  %s  |  %s   | %s | %s | %s  | %s |" % (
            w, t, gold_n[t], pred_n[t], fmt(e.p()), fmt(e.r()), fmt(e.f1()),
            fmt(o.p()), fmt(o.r()), fmt(o.f1()), fmt(lr)))
    print()
    print("| %-*s | exact P | exact R | exact F1 | ovl P | ovl R | ovl F1 | leak |" % (w, "language"))
    print("|%s|---------|---------|----------|-------|-------|--------|------|" % ("-" * (w + 2)))
    for lang in sorted(lex) + ["ALL"]:
        e, o = (tex, tov) if lang == "ALL" else (lex[lang], lov[lang])
        gl = sum(lang_gold.values()) if lang == "ALL" else lang_gold[lang]
        ll = sum(lang_leak.values()) if lang == "ALL" else lang_leak[lang]
        print("| %-*s |  %s  |  %s  |  %s   | %s | %s | %s  | %s |" % (
            w, lang, fmt(e.p()), fmt(e.r()), fmt(e.f1()), fmt(o.p()), fmt(o.r()), fmt(o.f1()),
            fmt(ll / gl if gl else None)))
    total_gold = sum(lang_gold.values())
    leak_rate = sum(leak_n.values()) / total_gold if total_gold else 0.0
    n_look = sum(look_total.values())
    n_look_fp = sum(look_fp.values())
    print()
    print("leak rate: %.4f (%d of %d gold entities not covered by any prediction)" % (
        leak_rate, sum(leak_n.values()), total_gold))
    print("lookalike false positives: %d of %d lookalike spans" % (n_look_fp, n_look))
    for k in sorted(look_total):
        extra = ""
        if look_fp[k]:
            extra = "  <- flagged as " + ", ".join("%s x%d" % kv for kv in look_fp_types[k].most_common())
        print("  %-20s %4d / %4d%s" % (k, look_fp[k], look_total[k], extra))

    if a.errors:
        print()
        for t in types:
            er = errors.get(t)
            if not er or not (er["missed"] or er["spurious"]):
                continue
            print("%s:" % t)
            for i, s in er["missed"]:
                print("  missed   %-10s %r" % (i, s))
            for i, s in er["spurious"]:
                print("  spurious %-10s %r" % (i, s))

    report = {
        "documents": len(gold_docs), "types": a.types,
        "per_type": {t: {"gold": gold_n[t], "pred": pred_n[t],
                         "exact": {"p": ex[t].p(), "r": ex[t].r(), "f1": ex[t].f1()},
                         "overlap": {"p": ov[t].p(), "r": ov[t].r(), "f1": ov[t].f1()},
                         "leak": leak_n[t] / gold_n[t] if gold_n[t] else None} for t in types},
        "per_lang": {l: {"exact": {"p": lex[l].p(), "r": lex[l].r(), "f1": lex[l].f1()},
                         "overlap": {"p": lov[l].p(), "r": lov[l].r(), "f1": lov[l].f1()}}
                     for l in lex},
        "overall": {"exact": {"p": tex.p(), "r": tex.r(), "f1": tex.f1()},
                    "overlap": {"p": tov.p(), "r": tov.r(), "f1": tov.f1()}},
        "leak_rate": leak_rate, "lookalike_fp": n_look_fp, "lookalikes": n_look,
    }
    if a.json:
        with open(a.json, "w") as f:
            json.dump(report, f, indent=1)

    if not a.floors:
        return 0
    with open(a.floors) as f:
        floors = json.load(f)
    kind = floors.get("match", "overlap")
    table = ex if kind == "exact" else ov
    default = floors.get("default", {})
    failures = []
    print()
    print("floors (%s match):" % kind)
    print("| %-*s | P     | floor | R     | floor | status |" % (w, "type"))
    print("|%s|-------|-------|-------|-------|--------|" % ("-" * (w + 2)))
    for t in sorted(set(types) | {t for t in floors.get("types", {}) if t in sel}):
        fl = dict(default)
        fl.update(floors.get("types", {}).get(t, {}))
        p, r = table[t].p(), table[t].r()
        if gold_n[t] == 0 and pred_n[t] == 0:
            print("| %-*s |   -   |       |   -   |       | no data |" % (w, t))
            continue
        bad = []
        if "precision" in fl and p is not None and p < fl["precision"]:
            bad.append("P")
        if "recall" in fl and r is not None and r < fl["recall"]:
            bad.append("R")
        status = "ok" if not bad else "FAIL " + "+".join(bad)
        if bad:
            failures.append(t)
        print("| %-*s | %s | %s | %s | %s | %-6s |" % (
            w, t, fmt(p), fmt(fl.get("precision")), fmt(r), fmt(fl.get("recall")), status))
    if "max_leak_rate" in floors and leak_rate > floors["max_leak_rate"]:
        failures.append("leak rate %.4f > %.4f" % (leak_rate, floors["max_leak_rate"]))
    if "max_lookalike_fp" in floors and n_look_fp > floors["max_lookalike_fp"]:
        failures.append("lookalike FP %d > %d" % (n_look_fp, floors["max_lookalike_fp"]))
    print()
    if failures:
        print("FAIL: below floor: " + ", ".join(failures))
        return 1
    print("PASS: every floor met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
