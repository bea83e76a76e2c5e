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

# Each timed build recompiles the project (a touched source file) but not its references. The three settings
# take turns in each round, so a change in the machine's load hits all of them alike; the best of the rounds
# counts. Builds run twice over: with the compiler server (the SDK's default; Roslyn stays loaded and warm
# between builds) and without it (a new csc process per build, as where UseSharedCompilation=false is set).
one_build() {
  touch Defaults.cs
  local start end
  start=$(date +%s.%N)
  dotnet build -nologo -v:q --no-restore --no-dependencies "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc)" = 1 ]; then echo "$2"; else echo "$1"; fi; }

measure() {
  local mode="$1" shared="$2" off="" generator="" on=""
  one_build -p:UseSharedCompilation="$shared" -p:KubeDslOff=true >/dev/null   # start the server, if any
  for _ in $(seq "$runs"); do
    off=$(min "$off" "$(one_build -p:UseSharedCompilation="$shared" -p:KubeDslOff=true)")
    generator=$(min "$generator" "$(one_build -p:UseSharedCompilation="$shared" -p:KubeDslAnalyzersOff=true)")
    on=$(min "$on" "$(one_build -p:UseSharedCompilation="$shared")")
  done
  echo "build ($mode): $count definitions, KubeDsl off ${off}s, generator only ${generator}s, generator and analyzers ${on}s (best of $runs)"
  echo "build ($mode): ratio generator/off $(echo "scale=3; $generator / $off" | bc) (target <= 1.15)"
  echo "build ($mode): ratio analyzers on/off, on top of the generator $(echo "scale=3; $on / $generator" | bc) (target <= 1.10)"
}

measure "compiler server" true
measure "no compiler server" false
echo "manifests written: $(find manifests -name '*.yaml' | wc -l)"
