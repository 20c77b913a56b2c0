#!/usr/bin/env bash
# The test suite under the sanitizers, each in its own build folder, then a pass/fail summary:
#
#   Scripts/sanitize.sh [address|thread|all] [swift test arguments, e.g. --filter NewsKitTests]
#
#   address  AddressSanitizer with LeakSanitizer (.build-asan)
#   thread   ThreadSanitizer (.build-tsan)
#   all      both, address first (the default)
#
# What runs: `swift test --sanitize=...` builds everything with the sanitizer, the newsdesk executable
# included, and the end-to-end tests run the binary that sits beside the test bundle: so they drive
# the sanitized reader in tmux. Its stderr there is the tmux pane, so every report (from the reader
# and from the test process) is written to a file instead (log_path, in the build folder), and any
# report fails the run even when the tests passed.
#
# Suppressions are for system libraries only, written next to the logs; each says why. A report in
# the project's own code is never suppressed.
#
# Exit status: 0 when every sanitizer run passed, 1 otherwise, 64 for a bad argument.
set -uo pipefail
cd "$(dirname "$0")/.."

which="${1:-all}"
[ $# -gt 0 ] && shift
case "$which" in
  address) runs=(address) ;;
  thread) runs=(thread) ;;
  all) runs=(address thread) ;;
  -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "sanitize.sh: unknown sanitizer '$which' (address, thread or all)" >&2; exit 64 ;;
esac

# Writes the suppressions and options for one sanitizer into its folder; prints the environment.
prepare() {
  local sanitizer=$1 folder=$2
  mkdir -p "$folder/sanitizer-logs"
  rm -f "$folder/sanitizer-logs"/*
  case "$sanitizer" in
    address)
      cat > "$folder/lsan.supp" <<'EOF'
# LeakSanitizer, system libraries only.
# ncurses keeps its screen, terminfo entry and key tries until exit by design (endwin does not free
# them; only the test-only _nc_free_and_exit would).
leak:libncursesw.so
leak:libtinfo.so
# FoundationEssentials' Data(contentsOf:) keeps its 4 KiB read buffer when the file is empty
# (ArticleLoaderTests' empty.txt; the reader too, once per empty file).
leak:readBytesFromFile
# Foundation's Process.run makes a weak reference it never frees (tests that run the binary).
leak:s10Foundation7ProcessC3runyyKF
# XCTest's runner keeps its suite objects until exit.
leak:libXCTest.so
# libcurl (under FoundationNetworking's URLSession) keeps its connection cache, DNS cache and share
# handles until exit; a fetch that ends the process does not tear the session down.
leak:libcurl.so
# FoundationXML's XMLParser turns a libxml2 parse error into a CFError it never releases (a broken OPML
# file in the import tests).
leak:libFoundationXML.so
EOF
      echo "ASAN_OPTIONS=log_path=$PWD/$folder/sanitizer-logs/asan:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:halt_on_error=1"
      echo "LSAN_OPTIONS=suppressions=$PWD/$folder/lsan.supp:print_suppressions=0"
      ;;
    thread)
      cat > "$folder/tsan.supp" <<'EOF'
# ThreadSanitizer, system libraries only (none needed so far).
EOF
      echo "TSAN_OPTIONS=log_path=$PWD/$folder/sanitizer-logs/tsan:suppressions=$PWD/$folder/tsan.supp:halt_on_error=0:second_deadlock_stack=1:history_size=4"
      ;;
  esac
}

summary=()
failed=0
for sanitizer in "${runs[@]}"; do
  case "$sanitizer" in
    address) folder=.build-asan ;;
    thread) folder=.build-tsan ;;
  esac
  environment=()
  while IFS= read -r line; do environment+=("$line"); done < <(prepare "$sanitizer" "$folder")
  log="$folder/swift-test.log"
  echo "== $sanitizer: swift test --sanitize=$sanitizer --scratch-path $folder $*"
  start=$(date +%s)
  # Swift's backtracer would wait for a key after a crash in the reader; the sanitizer reports anyway.
  env "${environment[@]}" SWIFT_BACKTRACE=enable=no \
    swift test --sanitize="$sanitizer" --scratch-path "$folder" "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  seconds=$(( $(date +%s) - start ))
  reports=$(find "$folder/sanitizer-logs" -type f | wc -l)
  if [ "$reports" -gt 0 ]; then
    echo "== $sanitizer: $reports report file(s):"
    for report in "$folder/sanitizer-logs"/*; do
      echo "---- $report"
      head -n 60 "$report"
    done
  fi
  tests=$(grep -Eo 'Test run with [0-9]+ tests?( in [0-9]+ suites?)? (passed|failed)[^.]*' "$log" | tail -n 1)
  if [ -z "$tests" ] && grep -q 'error: ' "$log"; then tests="the build failed: $(grep -m 1 'error: ' "$log")"; fi
  if [ "$status" -eq 0 ] && [ "$reports" -eq 0 ]; then
    summary+=("$sanitizer: PASS in ${seconds}s (${tests:-no test summary})")
  else
    summary+=("$sanitizer: FAIL in ${seconds}s (swift test exit $status, $reports sanitizer report file(s) in $folder/sanitizer-logs; ${tests:-no test summary})")
    failed=1
  fi
done

echo
echo "== sanitizer summary"
printf '%s\n' "${summary[@]}"
exit $failed
