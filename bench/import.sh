#!/usr/bin/env bash
# Wall time of `kubedsl import` over a folder of manifests (default: the real-world corpus beside the repository,
# ../shared/corpus), the median of several runs, with the import's own summary line.
# Usage: bash bench/import.sh [folder] [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
input=${1:-$root/../shared/corpus}
runs=${2:-5}
if [ ! -d "$input" ]; then
  echo "no folder at $input: pass one, or put the shared folder beside the repository" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/KubeDsl.Cli" -c Release -o "$work/tool" --nologo -v:q >/dev/null
files=$(find "$input" -name '*.yaml' -o -name '*.yml' | wc -l)
"$work/tool/KubeDsl.Cli" import "$input" --out "$work/warm" > /dev/null || true  # warm the disk cache
times=()
for ((r = 0; r < runs; r++)); do
  rm -rf "$work/out"
  start=$(date +%s%N)
  "$work/tool/KubeDsl.Cli" import "$input" --out "$work/out" > "$work/report.txt" || true
  end=$(date +%s%N)
  times+=($(((end - start) / 1000000)))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
echo "import: $files files, runs (ms): $sorted, median ${median} ms"
tail -1 "$work/report.txt"
