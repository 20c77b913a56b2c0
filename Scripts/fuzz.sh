#!/usr/bin/env bash
# Fuzzes the article path (decoding, parsing, analysis, the cache's binary form) with libFuzzer.
#
#   Scripts/fuzz.sh [SECONDS]        default 600
#
# Builds Fuzz/ (a package of its own, so `swift test` never builds it) with the fuzzer and address
# sanitizers, seeds a corpus from every Fixtures .txt file and the stored regressions, and runs one
# fuzzing process (no -jobs/-workers: one core) for SECONDS. The corpus lives outside the repository
# and grows from run to run:
#   ${NEWSDESK_FUZZ_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/newsdesk-fuzz}/corpus
# Crashes, timeouts and out-of-memory inputs go to .../artifacts; store each one you fix in
# Fixtures/fuzz-regressions/ with a name that says what it exercised (FuzzRegressionTests reads them).
# Exits 0 when nothing was found, 1 on a finding, and 0 with a message when this toolchain cannot build
# fuzzers (no libFuzzer runtime). NEWSDESK_FUZZ_ARGS adds libFuzzer options (say
# -len_control=0 to try long inputs at once, where slow paths show).
set -uo pipefail

seconds="${1:-600}"
case "$seconds" in ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 64 ;; esac

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${NEWSDESK_FUZZ_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/newsdesk-fuzz}"
scratch="${NEWSDESK_FUZZ_SCRATCH:-$root/.build-fuzz}"
corpus="$work/corpus"
artifacts="$work/artifacts"
log="$work/last-run.log"
mkdir -p "$corpus" "$artifacts"

skip() { echo "fuzz.sh: skipped: $1" >&2; exit 0; }

command -v swift >/dev/null || skip "no swift toolchain on PATH"
resource_dir="$(dirname "$(dirname "$(command -v swift)")")/lib"
if ! ls "$resource_dir"/clang/*/lib/*/libclang_rt.fuzzer*.a "$resource_dir"/swift/clang/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
    skip "this toolchain has no libFuzzer runtime (libclang_rt.fuzzer); fuzzing needs a Swift toolchain for Linux from swift.org"
fi

echo "fuzz.sh: building Fuzz/ (release, -sanitize=fuzzer,address) in $scratch" >&2
build() {
    swift build -c release --package-path "$root/Fuzz" --scratch-path "$scratch" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing \
        >"$work/build.log" 2>&1
}
# A source file deleted since the last fuzz build leaves SwiftPM's plan of that build asking for it
# ("missing inputs"): the scratch folder is then built again from nothing.
built=yes
build || built=no
if [ "$built" = no ] && grep -q "missing inputs" "$work/build.log"; then
    echo "fuzz.sh: a source file of the last build is gone; building again from nothing" >&2
    rm -rf "$scratch"
    built=yes
    build || built=no
fi
if [ "$built" = no ]; then
    tail -20 "$work/build.log" >&2
    if grep -qiE "unsupported option|sanitize|fuzzer" "$work/build.log"; then
        skip "this toolchain cannot build fuzzers (see $work/build.log)"
    fi
    echo "fuzz.sh: build failed (see $work/build.log)" >&2
    exit 2
fi
binary="$scratch/release/NewsdeskFuzz"

# Seeds: every fixture article and every stored regression (libFuzzer skips what it already has).
find "$root/Fixtures" \( -name '*.txt' -o -name '*.input' \) -type f -print0 | while IFS= read -r -d '' file; do
    cp "$file" "$corpus/seed-$(printf '%s' "${file#"$root"/}" | tr '/ ' '__')"
done
before=$(ls "$artifacts" | wc -l)

echo "fuzz.sh: fuzzing for ${seconds}s; corpus $corpus, artifacts $artifacts" >&2
start=$(date +%s)
SWIFT_BACKTRACE=enable=no "$binary" "$corpus" \
    -dict="$root/Fuzz/newsdesk.dict" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -malloc_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" ${NEWSDESK_FUZZ_ARGS:-} >"$log" 2>&1
status=$?
elapsed=$(( $(date +%s) - start ))

after=$(ls "$artifacts" | wc -l)
stats_runs=$(grep -E '^stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
stats_speed=$(grep -E '^stat::average_exec_per_sec' "$log" | tail -1 | awk '{print $2}')
last_status=$(grep -E '#[0-9]+' "$log" | grep -E 'cov:' | tail -1)
cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last_status")
ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$last_status")
corpus_size=$(ls "$corpus" | wc -l)

echo "fuzz.sh: summary"
echo "  time:      ${elapsed}s (asked for ${seconds}s)"
echo "  runs:      ${stats_runs:-?} (${stats_speed:-?} exec/s)"
echo "  coverage:  cov ${cov:-?}, ft ${ft:-?}; corpus ${corpus_size} inputs"
echo "  findings:  $(( after - before )) new in $artifacts (libFuzzer exit status $status)"
if (( after > before )) || (( status != 0 )); then
    grep -E 'ERROR: |SUMMARY: |Fatal error|Test unit written' "$log" | head -10
    echo "  log:       $log"
    exit 1
fi
exit 0
