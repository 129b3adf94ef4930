#!/usr/bin/env bash
# Smoke test of the frozen bundle (issue 14): it must run with no Python on the PATH and nothing
# from the build environment. Every run of the bundle below gets only HOME, TMPDIR and
# QT_QPA_PLATFORM (env -i: no PATH, no PYTHONPATH, no VIRTUAL_ENV; DISPLAY only for the Xvfb run).
#
#   bash packaging/smoke.sh [dist/wijkplan]
#
# Checks: --version; demo, plans, export-xlsx, import-xlsx, export-json, import-json and
# export-pdf from the bundle, the files checked by other programs (pdfinfo/pdftotext/pdffonts,
# and openpyxl from $PYTHON, default .venv/bin/python), an emoji drawn from the bundled font;
# the window offscreen with its plan list and a PDF rendered through QtPdf (the preview's
# engine), and on Xvfb when it is installed; without a display the Dutch message, not Qt's abort.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=$(cd "${1:-dist/wijkplan}" && pwd)
BUNDLE="$DIST/wijkplan"
PYTHON=${PYTHON:-.venv/bin/python}
WORK=$(mktemp -d /tmp/wijkplan-smoke.XXXXXX)
XVFB=
trap '[ -z "$XVFB" ] || kill "$XVFB" 2>/dev/null; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/tmp"
DB="$WORK/smoke.sqlite"

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
clean() { env -i HOME="$WORK/home" TMPDIR="$WORK/tmp" "$@"; }
bundle() { clean QT_QPA_PLATFORM=offscreen "$BUNDLE" "$@"; }

[ -x "$BUNDLE" ] || fail "$BUNDLE is missing; build it first (README: Een bundel bouwen)"

version=$(bundle --version)
[[ "$version" == "wijkplan "[0-9]* ]] || fail "--version printed '$version'"
echo "ok  $version"

bundle --db "$DB" demo >"$WORK/demo.txt" || fail "demo"
[ "$(wc -l <"$WORK/demo.txt")" -ge 4 ] || fail "demo loaded fewer than 4 plans"
echo "ok  demo: $(wc -l <"$WORK/demo.txt") plans (database created and migrated from the bundle)"

bundle --db "$DB" plans >"$WORK/plans.txt" || fail "plans"
PLAN=$(grep -m1 GM0518 "$WORK/plans.txt" | cut -f1)
[ -n "$PLAN" ] || fail "plans lists no plan of GM0518"
echo "ok  plans: $(wc -l <"$WORK/plans.txt") lines"

(cd "$WORK" && bundle --db "$DB" export-xlsx "$PLAN" -o plan.xlsx >/dev/null) || fail "export-xlsx"
"$PYTHON" - "$WORK/plan.xlsx" "$PLAN" <<'PY' || fail "the exported workbook does not read back"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert len(wb.sheetnames) >= 5, wb.sheetnames
assert any(sys.argv[2] in str(c.value) for ws in wb for row in ws.iter_rows() for c in row)
print("ok  export-xlsx:", len(wb.sheetnames), "sheets:", ", ".join(wb.sheetnames[:4]), "…")
PY

bundle --db "$WORK/import.sqlite" import-xlsx "$WORK/plan.xlsx" >/dev/null 2>&1 || fail "import-xlsx"
echo "ok  import-xlsx: the workbook imports into a new database"

(cd "$WORK" && bundle --db "$DB" export-pdf "$PLAN" -o plan.pdf >/dev/null) || fail "export-pdf"
pages=$(pdfinfo "$WORK/plan.pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 2 ] || fail "the PDF has ${pages:-no} pages"
# (to files first: with pipefail, `grep -q` ending the pipe early would fail the check)
pdftotext "$WORK/plan.pdf" "$WORK/plan.txt"
pdffonts "$WORK/plan.pdf" >"$WORK/plan.fonts"
tr -s " \n" "  " <"$WORK/plan.txt" | grep "Den Haag Zuidwest" >/dev/null ||
  fail "the PDF lacks the plan's title"
grep -q "+DejaVuSans " "$WORK/plan.fonts" || fail "the PDF does not embed DejaVu"
echo "ok  export-pdf: $pages pages, DejaVu embedded"

# An emoji in the title: drawn from the bundled Noto Emoji, not printed as [U+1F3E0].
(cd "$WORK" && bundle --db "$DB" export-json "$PLAN" -o plan.json >/dev/null) || fail "export-json"
"$PYTHON" - "$WORK/plan.json" <<'PY'
import json, sys
pad = sys.argv[1]
with open(pad, encoding="utf-8") as fh:
    data = json.load(fh)
data["titel"] = "Thuis in de wijk \U0001F3E0"
with open(pad, "w", encoding="utf-8") as fh:
    json.dump(data, fh, ensure_ascii=False)
PY
EMOJI_PLAN=$(bundle --db "$WORK/emoji.sqlite" import-json "$WORK/plan.json" 2>/dev/null) ||
  fail "import-json"
(cd "$WORK" && bundle --db "$WORK/emoji.sqlite" export-pdf "$EMOJI_PLAN" -o emoji.pdf >/dev/null) ||
  fail "export-pdf with an emoji"
pdftotext "$WORK/emoji.pdf" "$WORK/emoji.txt"
pdffonts "$WORK/emoji.pdf" >"$WORK/emoji.fonts"
grep -q "Thuis in de wijk 🏠" "$WORK/emoji.txt" || fail "the emoji is not in the PDF's text"
grep -q "+NotoEmoji-Regular " "$WORK/emoji.fonts" || fail "Noto Emoji is not embedded"
echo "ok  import-json, export-pdf: 🏠 in the title, Noto Emoji embedded"

# The window: shown offscreen, the plan list filled from the database, the PDF through QtPdf.
line=$(bundle --db "$DB" --smoke "$WORK/plan.pdf") || fail "the window did not open (--smoke)"
[[ "$line" == *"zichtbaar=True"*"plannen in de lijst; PDF"*"bevroren=True"* ]] ||
  fail "--smoke printed '$line'"
echo "ok  $line"

# On a real X server too, where there is one to start (Qt's xcb plugin and its libraries).
if command -v Xvfb >/dev/null; then
  Xvfb -displayfd 3 -screen 0 1366x768x24 3>"$WORK/display" >/dev/null 2>&1 &
  XVFB=$!
  for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  nummer=$(cat "$WORK/display")
  line=$(clean DISPLAY=":$nummer" "$BUNDLE" --db "$DB" --smoke 2>"$WORK/xvfb.err") ||
    fail "the window did not open on Xvfb :$nummer: $(tail -n 5 "$WORK/xvfb.err")"
  kill "$XVFB"
  XVFB=
  echo "ok  on Xvfb :$nummer: $line"
fi

# No display and no QT_QPA_PLATFORM: a Dutch message and exit 1, not Qt's abort (134).
set +e
clean "$BUNDLE" --db "$DB" >"$WORK/nodisplay.out" 2>&1
rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "geen beeldscherm" "$WORK/nodisplay.out" ||
  fail "without a display: rc $rc, $(cat "$WORK/nodisplay.out")"
echo "ok  no display: exit 1 with the Dutch message"
echo "smoke: alle controles van de bundel geslaagd ($(du -sh "$DIST" | cut -f1), $DIST)"
