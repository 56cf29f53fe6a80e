# scan_set.sh - sourced by the accuracy tests (test_accuracy.sh,
# test_names_web.sh): checks the binary and python3, and scan_set runs
# `gizli scan --format jsonl` over a labelled set, failing the test when the
# scan fails or does not write one line per document.
if [ ! -x "$GIZLI" ]; then
  echo "FAIL: gizli binary not found or not executable: $GIZLI" >&2
  exit 1
fi
if ! command -v python3 >/dev/null; then
  echo "FAIL: python3 is required for the evaluator" >&2
  exit 1
fi

# scan_set GOLD OUT: predictions for GOLD into OUT (stderr into OUT.err)
scan_set() {
  if ! "$GIZLI" scan --format jsonl "$1" >"$2" 2>"$2.err"; then
    echo "FAIL: '$GIZLI scan --format jsonl $1' exited with an error:" >&2
    head -20 "$2.err" >&2
    exit 1
  fi
  local ngold npred
  ngold=$(grep -c . "$1")
  npred=$(grep -c . "$2" || true)
  if [ "$ngold" != "$npred" ]; then
    echo "FAIL: scan wrote $npred lines for $ngold input documents" >&2
    head -5 "$2.err" >&2
    exit 1
  fi
}
