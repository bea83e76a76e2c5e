#!/usr/bin/env bash
# Prints KubeDsl's performance figures for two generated 1,000-definition projects ("suites"), one after the other:
#   plain  plain-data definitions over shared defaults and a helper (bench/KubeDsl.Benchmarks/Definitions.cs)
#   linq   definitions with loops, local functions, switch statements and LINQ over a list of tables
#          (LinqDefinitions.cs); every fourth returns three SparkApplications, so 1,000 definitions write 1,500
# For each: the generator's and the rule analyzer's time per definition (in process), and the time of a
# `dotnet build` of the project with KubeDsl on, divided by the same build with it off.
# Usage: bash bench/run.sh [count]; RUNS=n rounds of builds (default 3); SUITE=plain or SUITE=linq runs one suite.
# Figures from one run on one machine; compare ratios, not absolute times, across machines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
count="${1:-1000}"
runs="${RUNS:-3}"
suites="${SUITE:-plain linq}"

dotnet build -c Release "$here/KubeDsl.Benchmarks" -v:q -nologo >/dev/null
bench="$here/KubeDsl.Benchmarks/bin/Release/net10.0/KubeDsl.Benchmarks"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The build figures use the package a user gets. Its version is the benchmark's own; the copy a previous run left
# in the NuGet cache is removed first, so the restore takes this build of it.
version="0.0.0-bench"
dotnet pack "$repo/src/KubeDsl/KubeDsl.csproj" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null
cache="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')"
rm -rf "$cache/kubedsl/$version"

# Each timed build recompiles the project (a touched source file) but not its references. The three settings
# take turns in each round, so a change in the machine's load hits all of them alike, and the order rotates
# from round to round, so no setting always goes first; the best of the rounds counts. Builds run twice over: with the compiler server (the SDK's default; Roslyn stays loaded and warm
# between builds) and without it (a new csc process per build, as where UseSharedCompilation=false is set).
# A build that warns (CS8784: a generator that failed to load) or reports a KubeDsl diagnostic stops the script:
# its time would not be the time of the setting it stands for.
one_build() {
  touch Defaults.cs
  local start end output
  start=$(date +%s.%N)
  output=$(dotnet build -nologo -v:q --no-restore --no-dependencies "$@" 2>&1)
  end=$(date +%s.%N)
  if printf '%s' "$output" | grep -q -E 'warning|error'; then
    printf '%s\n' "$output" | grep -m 5 -E 'warning|error' >&2; return 1
  fi
  echo "$end - $start" | bc
}

# The three settings in the order of round $1: off generator on, then generator on off, then on off generator.
rotated() {
  local settings=(off generator on) shift=$(( ($1 - 1) % 3 ))
  echo "${settings[@]:shift}" "${settings[@]:0:shift}"
}

min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc)" = 1 ]; then echo "$2"; else echo "$1"; fi; }

# The median of a list of numbers, one per line.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() {
  local mode="$1" shared="$2" off="" generator="" on="" a b c ratios_generator="" ratios_analyzers=""
  one_build -p:UseSharedCompilation="$shared" -p:KubeDslOff=true >/dev/null   # start the server, if any
  for round in $(seq "$runs"); do
    for setting in $(rotated "$round"); do
      case "$setting" in
        off) a=$(one_build -p:UseSharedCompilation="$shared" -p:KubeDslOff=true) ;;
        generator) b=$(one_build -p:UseSharedCompilation="$shared" -p:KubeDslAnalyzersOff=true) ;;
        on) c=$(one_build -p:UseSharedCompilation="$shared") ;;
      esac
    done
    off=$(min "$off" "$a"); generator=$(min "$generator" "$b"); on=$(min "$on" "$c")
    ratios_generator+="$(echo "scale=3; $b / $a" | bc)"$'\n'
    ratios_analyzers+="$(echo "scale=3; $c / $b" | bc)"$'\n'
  done
  echo "build ($label$mode): $count definitions, KubeDsl off ${off}s, generator only ${generator}s, generator and analyzers ${on}s (best of $runs)"
  # Each round's three builds run back to back, so the ratio within a round is the least disturbed by a change
  # in the machine's load; the median over rounds is the figure, the ratio of the best times a second opinion.
  echo "build ($label$mode): ratio generator/off $(printf '%s' "$ratios_generator" | median) (median of rounds; of best times $(echo "scale=3; $generator / $off" | bc); target <= 1.15)"
  echo "build ($label$mode): ratio analyzers on/off, on top of the generator $(printf '%s' "$ratios_analyzers" | median) (median of rounds; of best times $(echo "scale=3; $on / $generator" | bc); target <= 1.10)"
}

# One suite: in-process figures, then the project written, built once with KubeDsl on (any KubeDsl diagnostic stops
# the script: a definition that fails evaluation writes no manifest), then the timed builds. The plain suite's
# lines read as they did before the linq suite was added; the linq suite's name its suite.
for suite in $suites; do
  case "$suite" in
    plain) label="" ;;
    linq) label="linq, " ;;
    *) echo "unknown suite '$suite': plain or linq" >&2; exit 1 ;;
  esac
  "$bench" generator "$count" --suite "$suite"
  "$bench" analyzer "$count" --suite "$suite"
  "$bench" write-project "$work/$suite" "$work/feed" "$version" "$count" --suite "$suite"
  cd "$work/$suite"
  dotnet build -nologo -v:q -p:KubeDslOff=true >/dev/null   # restore and compile once
  if ! dotnet build -nologo -v:q >"$work/$suite.log" 2>&1 || grep -q 'KD[0-9]\{4\}' "$work/$suite.log"; then
    grep -m 10 -E 'error|warning' "$work/$suite.log" >&2; exit 1
  fi
  measure "compiler server" true
  measure "no compiler server" false
  echo "manifests written${label:+ (linq)}: $(find manifests -name '*.yaml' | wc -l) files, $(find manifests -name '*.yaml' -exec grep -h '^kind: ' {} + | wc -l) resources"
  cd "$here"
done
