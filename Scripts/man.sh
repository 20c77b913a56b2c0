#!/bin/sh
# Generates the man page from the command definitions (swift-argument-parser's generate-manual
# plugin, which builds newsdesk in release mode and asks it for its help), into docs/newsdesk.1.
# Works offline once the package's dependencies are resolved. View it with `man ./docs/newsdesk.1`.
set -eu
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift package --disable-sandbox --allow-writing-to-directory "$out" generate-manual \
    --authors "Newsdesk" --output-directory "$out" "$@"
mkdir -p docs
cp "$out"/newsdesk.1 docs/newsdesk.1
echo "docs/newsdesk.1"
