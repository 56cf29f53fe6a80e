"""labelled_set.py - shared by the builders of the hand-written labelled sets
(realistic_build.py, names_web_build.py): the id check and writing the JSONL,
or checking that the committed JSONL is what the source gives (--check)."""
import json
import os
import sys


def unique_ids(docs):
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate document ids")


def write_or_check(docs, out, builder):
    """Writes docs to out as JSONL; with --check on the command line, exits
    non-zero instead when out differs. Returns True when it wrote."""
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if "--check" in sys.argv[1:]:
        try:
            with open(out, encoding="utf-8") as f:
                same = f.read() == data
        except OSError:
            same = False
        if not same:
            sys.exit("%s is stale: run tests/accuracy/%s" % (os.path.basename(out), builder))
        return False
    with open(out, "w", encoding="utf-8") as f:
        f.write(data)
    return True
