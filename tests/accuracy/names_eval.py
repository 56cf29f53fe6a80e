#!/usr/bin/env python3
"""names_eval.py - PERSON scores per language on a labelled set such as
names_web.jsonl, with every error listed and tagged by a likely cause.

  python3 tests/accuracy/names_eval.py GOLD.jsonl PRED.jsonl
        [--floors floors-names-web.json] [--errors] [--json REPORT.json]

GOLD: lines {"id","lang","text","entities":[{"type","start","end"}]} (only
PERSON entities are used). PRED: the output of `gizli scan --format jsonl`.
Offsets are UTF-8 byte offsets, end exclusive.

Scores, per language and overall (micro-averaged), PERSON only:
  exact   : same start and end;
  overlap : at least one shared byte, 1:1 matching, largest overlap first.
With --errors every error is printed with some context:
  FN       a gold name no prediction overlaps;
  FP       a predicted name that overlaps no gold name;
  BOUNDARY a gold name matched only by overlap (the spans differ);
each with a tag from simple rules (a hint for reading, not a judgement).

Floors file: {"langs": {"az": {"exact_f1": x, "overlap_f1": y,
"overlap_p": .., "overlap_r": ..}, ...}}; any key may be left out. Exit 1 when
a floor is missed, 2 when the prediction file is unusable (missing, empty,
malformed, or without a line for some document). Stdlib only.
"""
import argparse
import json
import re
import sys
from collections import defaultdict

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, __file__.rsplit("/", 1)[0] if "/" in __file__ else ".")
from evaluate import Counts, load_jsonl, match_exact, match_overlap, overlaps  # noqa: E402

# Words after a name that make it part of an organisation, place, event or
# prize named after a person (az, tr, en).
HEADS = re.compile(
    r"^[\s'’]*(\w+'?\w*\s+)?(adına|küçəsi|küç\.|prospekti|pr\.|meydanı|parkı|fondu|mərkəzi|"
    r"metrostansiyası|teatrı|muzeyi|aeroportu|havalimanı|stadyumu|stadı|salonu|lisesi|"
    r"kültür|caddesi|bulvarı|millet|armağanı|ödülü|spor|konser|museum|airport|boulevard|"
    r"avenue|street|center|centre|hospital|library|conference|hospice|school|memorial|"
    r"foundation|university|prize|award|kitchen|analytics)\b", re.I)
TITLES = re.compile(
    r"^(prezident|nazir|cənab|xanım|müəllim|hakim|akademik|professor|prof\.?|dr\.?|"
    r"sayın|bakan|bey|hanım|vali|başkan\w*|mr\.?|mrs\.?|ms\.?|miss|dr|judge|minister|"
    r"mayor|president|xalq|səhnədə|ailəniz|belə|vekili|trustees|emeritus|randevu|"
    r"fəxri)\b", re.I)


def ctx(text, s, e, w=40):
    a = text[max(0, s - w):s].decode("utf-8", "replace").replace("\n", " ")
    b = text[s:e].decode("utf-8", "replace")
    c = text[e:e + w].decode("utf-8", "replace").replace("\n", " ")
    return "...%s[%s]%s..." % (a, b, c)


def tag_fn(text, s, e):
    v = text[s:e].decode("utf-8", "replace")
    after = text[e:e + 12].decode("utf-8", "replace")
    words = v.split()
    tags = []
    if re.search(r"\b\w\.", v):
        tags.append("initials")
    if v.isupper():
        tags.append("all-caps")
    if re.search(r"\b(oğlu|qızı|OĞLU|QIZI)\b", v):
        tags.append("patronymic")
    if after[:1] in ("'", "’"):
        tags.append("apostrophe suffix")
    if len(words) == 1:
        tags.append("single word (surname or given name alone)")
    return ", ".join(tags) or "full name"


def tag_fp(text, s, e):
    v = text[s:e].decode("utf-8", "replace")
    after = text[e:e + 40].decode("utf-8", "replace")
    if HEADS.match(after) or HEADS.search(v):
        return "org/place/event named after a person"
    if TITLES.match(v):
        return "title, role or common word"
    before = text[max(0, s - 2):s].decode("utf-8", "replace")
    if s == 0 or before.endswith("\n") or before.endswith(". "):
        return "capitalised word at sentence/line start"
    return "other"


def tag_boundary(text, g, preds):
    gs, ge = g
    ps = min(p[0] for p in preds)
    pe = max(p[1] for p in preds)
    tags = []
    if len(preds) > 1:
        tags.append("name split into %d spans" % len(preds))
    if ps < gs:
        extra = text[ps:gs].decode("utf-8", "replace")
        tags.append("title included" if TITLES.match(extra.strip()) else "extra word before")
    if pe > ge:
        extra = text[ge:pe].decode("utf-8", "replace")
        tags.append("apostrophe suffix included" if extra[:1] in "'’" else "extra word after")
    if ps > gs:
        tags.append("start cut (%r missing)" % text[gs:ps].decode("utf-8", "replace"))
    if pe < ge and len(preds) == 1:
        tags.append("end cut (%r missing)" % text[pe:ge].decode("utf-8", "replace"))
    return ", ".join(tags) or "other"


def f3(x):
    return "  -  " if x is None else "%.3f" % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--floors")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    gold = load_jsonl(a.gold, "gold")
    pred = load_jsonl(a.pred, "prediction")
    if not gold or not pred:
        print("error: empty gold or prediction file", file=sys.stderr)
        return 2
    pm = {}
    for d in pred:
        if "id" not in d or not isinstance(d.get("entities"), list):
            print("error: prediction line without id/entities", file=sys.stderr)
            return 2
        pm[json.dumps(d["id"])] = d["entities"]
    miss = [d["id"] for d in gold if json.dumps(d["id"]) not in pm]
    if miss:
        print("error: %d documents have no prediction line (first: %s)" % (len(miss), miss[0]),
              file=sys.stderr)
        return 2

    ex, ov = defaultdict(Counts), defaultdict(Counts)
    errs = []
    for d in gold:
        lang, text = d["lang"], d["text"].encode("utf-8")
        g = [(e["start"], e["end"]) for e in d["entities"] if e["type"] == "PERSON"]
        p = [(e["start"], e["end"]) for e in pm[json.dumps(d["id"])]
             if e.get("type") == "PERSON" and isinstance(e.get("start"), int)
             and isinstance(e.get("end"), int) and 0 <= e["start"] < e["end"] <= len(text)]
        tp, ug, up = match_exact(g, p)
        for k in (lang, "ALL"):
            ex[k].add(tp, len(up), len(ug))
        tp, ug, up = match_overlap(g, p)
        for k in (lang, "ALL"):
            ov[k].add(tp, len(up), len(ug))
        ugs, ups = set(ug), set(up)
        for i in ug:
            errs.append((lang, "FN", tag_fn(text, *g[i]), d["id"], ctx(text, *g[i])))
        for j in up:
            errs.append((lang, "FP", tag_fp(text, *p[j]), d["id"], ctx(text, *p[j])))
        for i, gi in enumerate(g):
            if i in ugs or gi in p:
                continue
            cover = [pj for j, pj in enumerate(p) if overlaps(gi, pj)]
            shown = "gold %r, predicted %s" % (
                text[gi[0]:gi[1]].decode("utf-8", "replace"),
                " + ".join(repr(text[s:e].decode("utf-8", "replace")) for s, e in cover))
            errs.append((lang, "BOUNDARY", tag_boundary(text, gi, cover), d["id"], shown))
        del ups

    langs = sorted(k for k in ex if k != "ALL") + ["ALL"]
    print("PERSON, %d documents (%s)" % (len(gold), a.gold))
    print()
    print("| lang | gold | pred | exact P | exact R | exact F1 | ovl P | ovl R | ovl F1 |")
    print("|------|------|------|---------|---------|----------|-------|-------|--------|")
    for k in langs:
        e, o = ex[k], ov[k]
        print("| %-4s | %4d | %4d |  %s  |  %s  |  %s   | %s | %s | %s  |" % (
            k, e.tp + e.fn, e.tp + e.fp, f3(e.p()), f3(e.r()), f3(e.f1()),
            f3(o.p()), f3(o.r()), f3(o.f1())))

    if a.errors:
        for kind in ("FN", "FP", "BOUNDARY"):
            rows = sorted(x for x in errs if x[1] == kind)
            print()
            print("%s (%d):" % (kind, len(rows)))
            for lang, _, tag, did, shown in rows:
                print("  %-7s %-42s %s" % (did, tag[:42], shown))

    report = {k: {"exact": {"p": ex[k].p(), "r": ex[k].r(), "f1": ex[k].f1()},
                  "overlap": {"p": ov[k].p(), "r": ov[k].r(), "f1": ov[k].f1()},
                  "gold": ex[k].tp + ex[k].fn, "pred": ex[k].tp + ex[k].fp} for k in langs}
    if a.json:
        with open(a.json, "w") as f:
            json.dump(report, f, indent=1)
    if not a.floors:
        return 0
    with open(a.floors) as f:
        floors = json.load(f)
    bad = []
    print()
    for lang, fl in sorted(floors.get("langs", {}).items()):
        if lang not in report:
            bad.append("%s: no documents" % lang)
            continue
        for key, lim in sorted(fl.items()):
            kind, m = key.split("_")
            v = report[lang]["overlap" if kind == "overlap" else "exact"][m]
            ok = v is not None and v >= lim
            print("floor %-3s %-11s %.3f >= %.3f  %s" % (lang, key, v or 0.0, lim, "ok" if ok else "FAIL"))
            if not ok:
                bad.append("%s %s" % (lang, key))
    if bad:
        print("FAIL: below floor: " + ", ".join(bad))
        return 1
    print("PASS: every floor met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
