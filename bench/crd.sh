#!/usr/bin/env bash
# The cost of the CRD import step (KubeDslCrd items, docs/crds.md) in a build, and the importer's own figures.
#  1. In process: import and write time and the size of the C# for the vendored Strimzi and Hazelcast CRDs, with
#     how many embedded schemas become k8s.Models types.
#  2. dotnet build of two projects against the packed package, one with Strimzi's two CRDs as KubeDslCrd items and
#     one without, the same definitions otherwise: the first build (restored beforehand), a no-op rebuild and a
#     rebuild after a .cs edit (the CRD step must be skipped then; the script fails if it is not), each the median
#     of RUNS (default 3; the first build once), with the time MSBuild gives the CRD targets.
# Usage: bash bench/crd.sh            RUNS=5 bash bench/crd.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
fixtures=$root/tests/fixtures/upstream
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "== importer, in process"
dotnet build "$root/bench/KubeDsl.Benchmarks" -c Release --nologo -v:q >/dev/null
bench="dotnet run --project $root/bench/KubeDsl.Benchmarks -c Release --no-build --"
$bench crd-import Strimzi "$fixtures"/strimzi/*-Crd-*.yaml
$bench crd-import Hazelcast "$fixtures"/hazelcast-operator/crds/*.yaml

echo "== dotnet build, Strimzi CRDs as KubeDslCrd items vs none"
version=0.1.0-bench.$(date +%s)
dotnet pack "$root/src/KubeDsl/KubeDsl.csproj" -c Release -o "$work/feed" -p:Version="$version" --nologo -v:q >/dev/null

make_project() { # name, extra items
  local dir=$work/$1
  mkdir -p "$dir/crds"
  cp "$fixtures"/strimzi/*-Crd-*.yaml "$dir/crds/"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="bench" value="$work/feed" /></packageSources></configuration>
XML
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KubeDsl" Version="$version" />
    $2
  </ItemGroup>
</Project>
XML
  cat > "$dir/Jobs.cs" <<'CS'
using System.Collections.Generic;
using k8s.Models;
using KubeDsl;

public static class Jobs
{
    [Manifest("config/settings.yaml")]
    public static V1ConfigMap Settings => new()
    {
        Metadata = new V1ObjectMeta { Name = "settings", NamespaceProperty = "default" },
        Data = new Dictionary<string, string> { ["mode"] = "batch" },
    };
}
CS
  dotnet restore "$dir" --nologo -v:q >/dev/null
}

ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

build() { # dir, log → prints wall ms
  local start end
  start=$(date +%s%N)
  dotnet build "$1" --no-restore --nologo -v:n -clp:PerformanceSummary > "$2" 2>&1 || { tail -30 "$2" >&2; exit 1; }
  end=$(date +%s%N)
  ms "$start" "$end"
}

crd_target_ms() { # log → summed ms of the CRD targets in MSBuild's target summary
  awk '/Target Performance Summary/ {on=1} /Task Performance Summary/ {on=0} on && $3 ~ /^(KubeDslImportCrds|KubeDslCrdSources|_KubeDslCrdPaths)$/ {sum += $1} END {printf "%d", sum}' "$1"
}

make_project Plain ""
make_project Crds '<KubeDslCrd Include="crds/*.yaml" Namespace="Acme.Kafka" />'

for name in Plain Crds; do
  dir=$work/$name
  first=$(build "$dir" "$work/$name.first.log")
  noop=(); edit=(); noop_crd=(); edit_crd=()
  for ((r = 0; r < runs; r++)); do
    noop+=($(build "$dir" "$work/$name.noop.log"))
    noop_crd+=($(crd_target_ms "$work/$name.noop.log"))
    echo "// edit $r" >> "$dir/Jobs.cs"
    edit+=($(build "$dir" "$work/$name.edit.log"))
    edit_crd+=($(crd_target_ms "$work/$name.edit.log"))
    if [ "$name" = Crds ] && ! grep -q 'Skipping target "KubeDslImportCrds" because all output files are up-to-date' "$work/$name.edit.log"; then
      echo "the CRD import ran after a .cs edit" >&2; exit 1
    fi
  done
  line="$name: first build ${first} ms"
  if [ "$name" = Crds ]; then
    generated=$(find "$dir/obj" -name 'Acme.Kafka.g.cs')
    line="$line (CRD targets $(crd_target_ms "$work/$name.first.log") ms; $(wc -l < "$generated") lines of C#)"
  fi
  line="$line, no-op rebuild $(median "${noop[@]}") ms, after a .cs edit $(median "${edit[@]}") ms"
  [ "$name" = Crds ] && line="$line (CRD targets no-op $(median "${noop_crd[@]}") ms, after the edit $(median "${edit_crd[@]}") ms: import skipped)"
  echo "$line"
done
echo "(medians of $runs runs; the first build once)"
