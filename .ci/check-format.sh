#!/usr/bin/env bash
# `dotnet format analyzers` applies the LockIn code fixes from the command line (docs/code-fixes.md, "dotnet format"):
# on a temporary copy of samples/ContosoSupport that references the analyzer, the catalog core and the code fixes as
# analyzers, Fix All for LOCK003, then LOCK004, then LOCK001 must change exactly the lines in .ci/format-expected.diff, and the
# result must build with no LockIn diagnostic left outside AiSettings.cs (whose defaults are reported by design).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The copy sits two folders down like the sample, beside the repository's central build and package settings.
cp Directory.Build.props Directory.Packages.props global.json "$work/"
mkdir -p "$work/samples" "$work/before"
tar -C samples --exclude=bin --exclude=obj -cf - ContosoSupport | tar -C "$work/samples" -xf -
project="$work/samples/ContosoSupport/ContosoSupport.csproj"
codefixes="$repo/src/LockInAnalyzer.CodeFixes/LockInAnalyzer.CodeFixes.csproj"
sed -i -e "s|\"\\.\\./\\.\\./src/|\"$repo/src/|g" \
  -e "s|^\\( *\\)\\(<ProjectReference Include=\"$repo/src/LockInAnalyzer.Catalog/LockInAnalyzer.Catalog.csproj\".*\\)$|\\1\\2\\n\\1<ProjectReference Include=\"$codefixes\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />|" \
  "$project"
grep -q "LockInAnalyzer.CodeFixes.csproj" "$project" || { echo "could not add the code fixes to the sample copy"; exit 1; }
cp -r "$work/samples/ContosoSupport/." "$work/before/"

# dotnet format loads analyzers and fixes from the built analyzer references, so the references are built first.
dotnet build "$project" -p:TreatWarningsAsErrors=false -v quiet -nologo >"$work/build-before.log" 2>&1 || { cat "$work/build-before.log"; exit 1; }
# One id per run, in a fixed order: given several ids in one run, dotnet format applies their fixes in an order that
# changes from run to run (so the properties of AiSettings come out in a different order).
for id in LOCK003 LOCK004 LOCK001; do
  dotnet format analyzers "$project" --diagnostics "$id" --severity warn --no-restore -v diag >"$work/format-$id.log" 2>&1 \
    || { cat "$work/format-$id.log"; exit 1; }
  echo "dotnet format analyzers --diagnostics $id:"
  grep -E "Formatted code file" "$work/format-$id.log" | sed -e "s|$work/||" -e 's/^/  /' || true
done

# MSBuildWorkspace (dotnet format's workspace) records every document a fix adds as <Compile Include> in the project
# file, which the SDK's default globs then include twice (NETSDK1022). The workaround from docs/code-fixes.md: drop
# those items again (and the byte order mark MSBuild writes into the project file).
if grep -q "<Compile Include=" "$project"; then
  echo "dotnet format added $(grep -c "<Compile Include=" "$project") <Compile> item(s) to the project file; removing them"
  python3 - "$project" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8-sig").read()
text = re.sub(r'\n *<Compile Include="[^"]*" */>', "", text)
text = re.sub(r'\n *<ItemGroup>\s*</ItemGroup>', "", text)
open(path, "w", encoding="utf-8").write(text if text.endswith("\n") else text + "\n")
PY
fi

# MSBuildWorkspace writes the files a fix adds with a UTF-8 byte order mark; the repository's files have none.
find "$work/samples/ContosoSupport" -name '*.cs' -exec sed -i '1s/^\xEF\xBB\xBF//' {} +

# The changed lines, without file dates, compared with the expected ones.
actual=$(cd "$work" && diff -rN -U0 -x bin -x obj before samples/ContosoSupport \
  | sed -E -e 's/^(---|\+\+\+) ([^\t]*)\t.*/\1 \2/' -e '/^diff /d' || true)
expected=$(cat .ci/format-expected.diff)
if [ "$actual" != "$expected" ]; then
  diff <(echo "$expected") <(echo "$actual") || true
  echo "dotnet format changed other lines than .ci/format-expected.diff (< expected, > actual)"
  exit 1
fi
echo "dotnet format: $(echo "$actual" | grep -c '^[-+][^-+]') changed lines as expected"

# The result builds, and the only LockIn diagnostics left are the defaults in AiSettings.cs.
dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false -nologo >"$work/build-after.log" 2>&1 \
  || { grep -E "error" "$work/build-after.log" | sort -u; exit 1; }
left=$(grep -E "warning LOCK00[1-4]" "$work/build-after.log" | sed -E -e 's| \[[^]]*\]$||' -e 's| \(https?://[^)]*\)||' -e "s|^.*ContosoSupport/||" | sort -u)
if echo "$left" | grep -v "^AiSettings.cs(" | grep -q .; then
  echo "LockIn diagnostics left after dotnet format:"; echo "$left" | grep -v "^AiSettings.cs("
  exit 1
fi
echo "the fixed copy builds; left: $(echo "$left" | grep -c .) defaults in AiSettings.cs"
