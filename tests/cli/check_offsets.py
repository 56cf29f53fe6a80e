"""Checks that --offsets chars gives code-point offsets: the same entities as
byte offsets, each converted with the record's text."""
import json, sys
src, by, ch = (open(p, encoding="utf-8").read().splitlines() for p in sys.argv[1:4])
for line, b, c in zip([l for l in src], by, ch):
    if not line.strip():
        continue
    text = json.loads(line)["text"]
    raw = text.encode()
    for eb, ec in zip(json.loads(b)["entities"], json.loads(c)["entities"]):
        assert len(raw[: eb["start"]].decode()) == ec["start"], (eb, ec)
        assert len(raw[: eb["end"]].decode()) == ec["end"], (eb, ec)
        assert text[ec["start"] : ec["end"]] == eb["text"], (eb, ec)
