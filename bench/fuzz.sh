#!/usr/bin/env bash
# Long run of the random properties: KUBEDSL_FUZZ_CASES cases of each (default 100000), fresh seeds unless
# KUBEDSL_FUZZ_SEED is set. It ends with the analyzer's warm-against-cold check over every literal of the samples. The typing property cuts at every token in a long run; KUBEDSL_FUZZ_FILTER adds to the
# test filter, e.g. "&FullyQualifiedName!~TypingPrefix" to leave it out. Prints each property's count and any failure with its shrunk case.
set -euo pipefail
cd "$(dirname "$0")/.."
export KUBEDSL_FUZZ_CASES="${KUBEDSL_FUZZ_CASES:-100000}"
echo "cases per property: $KUBEDSL_FUZZ_CASES"
dotnet build tests/KubeDsl.Generators.Tests -c Release -v q -nologo
dotnet test tests/KubeDsl.Generators.Tests -c Release --no-build --filter "FullyQualifiedName~Fuzzing&FullyQualifiedName!~Pathological&FullyQualifiedName!~Regression${KUBEDSL_FUZZ_FILTER:-}" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "^\s+(Passed|Failed) |: [0-9]+ |Error Message|^---- |Passed!|Failed!|seed" || true
# The analyzer's kept results after every literal edit of the samples, warm against cold (one edit per literal).
dotnet build tests/KubeDsl.Analyzers.Tests -c Release -v q -nologo
dotnet test tests/KubeDsl.Analyzers.Tests -c Release --no-build --filter "FullyQualifiedName~WarmCold" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "^\s+(Passed|Failed) | edits of |Error Message|^---- |Passed!|Failed!" || true

