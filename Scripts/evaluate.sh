#!/usr/bin/env bash
# Measures quote, speaker and entity accuracy with the shared scorer:
#   the seeds (../shared/seeds), ../shared/data/quotes-dev and ../shared/data/ner-dev.
# Skips any gold folder that is absent. Usage: Scripts/evaluate.sh [--details DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSDESK_SHARED:-../shared}
scorer="$shared/tools/score.py"
details=""
[ "${1:-}" = "--details" ] && details=${2:?a folder for the details}
if [ ! -f "$scorer" ]; then
  echo "evaluate: $scorer not found; nothing to measure" >&2
  exit 0
fi
swift build -c release --product newsdesk >/dev/null
newsdesk=$(swift build -c release --show-bin-path)/newsdesk
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

score_quotes() { # name gold-folder
  [ -d "$2" ] || { echo "== $1: $2 absent, skipped"; return; }
  echo "== $1 (quotes and speakers)"
  "$newsdesk" quotes --no-cache --json "$2" > "$out/$1.quotes.jsonl"
  python3 "$scorer" "$2" "$out/$1.quotes.jsonl" ${details:+--details "$details/$1.quotes.details.jsonl"}
}
score_entities() {
  [ -d "$2" ] || { echo "== $1: $2 absent, skipped"; return; }
  echo "== $1 (entities)"
  "$newsdesk" entities --no-cache --json "$2" > "$out/$1.entities.jsonl"
  python3 "$scorer" "$2" "$out/$1.entities.jsonl" --ner ${details:+--details "$details/$1.entities.details.jsonl"}
}

[ -n "$details" ] && mkdir -p "$details"
score_quotes seeds "$shared/seeds"
score_quotes quotes-dev "$shared/data/quotes-dev"
score_entities ner-dev "$shared/data/ner-dev"
