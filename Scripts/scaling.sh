#!/usr/bin/env bash
# Analysis time against article size, on adversarial articles (release build): each kind at three
# sizes, one article per file. Prints the seconds of `newsdesk quotes --no-cache` on each (start-up,
# about 0.05 s, and printing included) and of its analysis alone, with the analysis's seconds per MB
# of text: analysis should be linear (s/MB about constant) and under 1 s/MB.
# Usage: Scripts/scaling.sh [--small] [--keep DIR]
#   --small: sizes divided by 8, for a quick look; --keep DIR: leave the articles in DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --small) scale=8; shift ;;
    --keep) keep=${2:?a folder for the articles}; shift 2 ;;
    *) echo "usage: Scripts/scaling.sh [--small] [--keep DIR]" >&2; exit 64 ;;
  esac
done
swift build -c release --product newsdesk >/dev/null
newsdesk=$(swift build -c release --show-bin-path)/newsdesk
if [ -n "$keep" ]; then
  dir=$keep
  mkdir -p "$dir"
else
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi

python3 - "$dir" "$scale" <<'PY'
import os, random, sys
out, scale = sys.argv[1], int(sys.argv[2])
random.seed(7)
given_m = ["James", "John", "Robert", "Michael", "David", "Thomas", "Peter", "Daniel"]
given_f = ["Mary", "Anna", "Linda", "Susan", "Karen", "Laura", "Emily", "Helen"]
def write(kind, size, text):
    with open(os.path.join(out, f"{kind}-{size}.txt"), "w") as f:
        f.write(text)
# Kinds: each is a function of n that returns the article's text.
def names(n):  # one paragraph of many different people with a title
    return " ".join("President Anna Maria Lee%d said." % i for i in range(n)) + "\n"
def pronouns(n):  # one paragraph of pronoun-attributed quotes, a new person now and then
    parts = []
    for i in range(n):
        if i % 10 == 0:
            parts.append("%s Lee%d spoke to reporters." % (random.choice(given_m), i))
        parts.append('"Words here," he said.')
    return " ".join(parts) + "\n"
def pronoun_paragraphs(n):  # the same, a paragraph each few quotes
    paras, cur = [], []
    for i in range(n):
        if i % 10 == 0:
            cur.append("%s Lee%d spoke to reporters." % (random.choice(given_m), i))
        cur.append('"Words here," he said.')
        if i % 3 == 2:
            paras.append(" ".join(cur)); cur = []
    return "Headline\n\n" + "\n\n".join(paras + [" ".join(cur)]) + "\n"
def mismatched(n):  # many women named, then pronouns of the other gender, one paragraph
    parts = []
    for i in range(n):
        if i % 4 == 0:
            parts.append("%s Ward%d met the board." % (random.choice(given_f), i))
        else:
            parts.append('"Not today," he said.')
    return " ".join(parts) + "\n"
def surnames(n):  # many people sharing a surname, then the surname alone, one paragraph
    parts = []
    for i in range(n):
        if i % 5 == 0:
            parts.append("%s%d Okafor arrived." % (random.choice(given_m + given_f), i))
        else:
            parts.append('"Fine," Okafor said.')
    return " ".join(parts) + "\n"
def descriptions(n):  # people with roles, then descriptions that match none of them, one paragraph
    parts = []
    for i in range(n):
        if i % 5 == 0:
            parts.append("Finance Minister %s Berg%d arrived." % (random.choice(given_m), i))
        else:
            parts.append('"Later," the Kenyan spokesman said.')
    return " ".join(parts) + "\n"
def quotes_only(n):  # quote-only paragraphs after one speaker
    return "Headline\n\nAnna Lee said the port would open.\n\n" + "\n\n".join('"Words here and there."' for _ in range(n)) + "\n"
def marks(unit):  # runs of unbalanced quotation marks, apostrophes and brackets that once cost quadratic time
    return lambda n: unit * n + "\n"
kinds = [("names", names, [5000, 20000, 40000]),
         ("pronouns", pronouns, [10000, 40000, 80000]),
         ("pronoun-paragraphs", pronoun_paragraphs, [10000, 40000, 80000]),
         ("mismatched-pronouns", mismatched, [10000, 40000, 80000]),
         ("surnames", surnames, [10000, 40000, 80000]),
         ("descriptions", descriptions, [10000, 40000, 80000]),
         ("quote-paragraphs", quotes_only, [10000, 40000, 80000]),
         ("mismatched-closers", marks("\"a' "), [20000, 80000, 160000]),
         ("alternating-marks", marks("\"'\"' "), [20000, 80000, 160000]),
         ("apostrophe-quote", marks("' \" "), [20000, 80000, 160000]),
         ("possessives", marks("'the ministers' decision "), [10000, 40000, 80000]),
         ("brackets-before-cue", marks("x) said "), [10000, 40000, 80000])]
with open(os.path.join(out, "order"), "w") as order:
    for kind, f, sizes in kinds:
        for n in sizes:
            write(kind, n // scale, f(n // scale))
            order.write("%s-%d\n" % (kind, n // scale))
PY

# The analysis of each file, in the process (`newsdesk bench --file`: read and parsed once, analysed
# on one core; the start-up and printing not counted), then the whole command as a user runs it.
files=()
while read -r name; do files+=(--file "$dir/$name.txt"); done < "$dir/order"
"$newsdesk" bench --runs 1 --json "${files[@]}" > "$dir/analysis.json"
printf '%-22s %8s %7s %11s %11s %9s\n' kind n MB command-s analysis-s "s/MB"
index=0
while read -r name; do
  file="$dir/$name.txt"
  start=$(date +%s.%N)
  "$newsdesk" quotes --no-cache "$file" >/dev/null
  end=$(date +%s.%N)
  python3 - "$name" "$start" "$end" "$dir/analysis.json" "$index" <<'PY'
import json, sys
name, start, end, report, index = sys.argv[1:]
figures = json.load(open(report))["figures"]
kind, n = name.rsplit("-", 1)
mb = figures["file_%s_megabytes" % index]
analysis = figures["file_%s_analysis_seconds" % index]
print("%-22s %8s %7.2f %11.2f %11.2f %9.2f" % (kind, n, mb, float(end) - float(start), analysis, analysis / mb))
PY
  index=$((index + 1))
done < "$dir/order"
