#!/usr/bin/env bash
# Builds the sample (the README's first command) and compares its LOCK diagnostics with the golden list.
set -euo pipefail
cd "$(dirname "$0")/.."
sample=samples/ContosoSupport
actual=$(dotnet build "$sample" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -E "(warning|error) LOCK[0-9]{3}" \
  | sed -E -e 's| \[[^]]*\]$||' -e 's| \(https?://[^)]*\)||' -e "s|^.*$sample/||" \
  | sort -u)
expected=$(sort -u "$sample/expected-diagnostics.txt")
if [ "$actual" != "$expected" ]; then
  diff <(echo "$expected") <(echo "$actual") || true
  echo "sample diagnostics differ from $sample/expected-diagnostics.txt (< expected, > actual)"
  exit 1
fi
echo "sample: $(echo "$actual" | wc -l) diagnostics as expected"
