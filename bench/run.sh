#!/usr/bin/env bash
# Prints KubeDsl's performance figures: generator time per definition (in process), and the time of a
# `dotnet build` of a 1,000-definition project with KubeDsl on, divided by the same build with it off.
# Figures from one run on one machine; compare ratios, not absolute times, across machines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
count="${1:-1000}"
runs="${RUNS:-3}"

dotnet build -c Release "$here/KubeDsl.Benchmarks" -v:q -nologo >/dev/null
bench="$here/KubeDsl.Benchmarks/bin/Release/net10.0/KubeDsl.Benchmarks"
"$bench" generator "$count"
"$bench" analyzer "$count"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bench" write-project "$work/project" "$repo" "$count"
cd "$work/project"
dotnet build -nologo -v:q -p:KubeDslOff=true >/dev/null   # restore and build the references once
dotnet build -nologo -v:q >/dev/null

# Each timed build recompiles the project (a touched source file) but not its references.
time_build() {
  local flags="$1" best=""
  for _ in $(seq "$runs"); do
    touch Defaults.cs
    local start end
    start=$(date +%s.%N)
    dotnet build -nologo -v:q --no-restore --no-dependencies $flags >/dev/null
    end=$(date +%s.%N)
    local took; took=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$took < $best" | bc)" = 1 ]; then best="$took"; fi
  done
  echo "$best"
}

off=$(time_build "-p:KubeDslOff=true")
generator=$(time_build "-p:KubeDslAnalyzersOff=true")
on=$(time_build "")
echo "build: $count definitions, KubeDsl off ${off}s, generator only ${generator}s, generator and analyzers ${on}s (best of $runs)"
echo "build: ratio generator/off $(echo "scale=3; $generator / $off" | bc) (target <= 1.15)"
echo "build: ratio analyzers on/off, on top of the generator $(echo "scale=3; $on / $generator" | bc) (target <= 1.10)"
echo "manifests written: $(find manifests -name '*.yaml' | wc -l)"
