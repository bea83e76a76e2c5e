#!/usr/bin/env bash
# IDE latency of KubeDsl in a 1,000-definition project (the plain suite) opened in a Roslyn AdhocWorkspace: after
# editing one literal, (a) the generator's output updated, (b) the edited file's analyzer diagnostics (target
# 50 ms), (c) the compilation-end analysis (target 1 s). Medians of 21 edits after 3 warm-up edits.
# Usage: bash bench/ide.sh [count]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build -c Release "$here/KubeDsl.Benchmarks" -v:q -nologo >/dev/null
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$here/KubeDsl.Benchmarks/bin/Release/net10.0/KubeDsl.Benchmarks" ide "${1:-1000}"
