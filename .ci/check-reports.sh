#!/usr/bin/env bash
# The sample's SARIF and CycloneDX AI-BOM pass the real clients' validators (../shared/tools/validate-reports:
# Microsoft's SARIF Multitool with GitHub's ingestion rules, and the CycloneDX library's strict schema validator).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet restore samples/ContosoSupport >/dev/null
dotnet run --project src/LockInAnalyzer.Cli -c Release -- audit samples/ContosoSupport --format sarif -o "$out/sample.sarif"
dotnet run --project src/LockInAnalyzer.Cli -c Release -- audit samples/ContosoSupport --format cyclonedx -o "$out/sample.cdx.json"
../shared/tools/validate-reports "$out/sample.sarif" "$out/sample.cdx.json"
