#!/usr/bin/env bash
# Wall time of `kubedsl validate` over a folder of generated manifests (default 1,000 files: SparkApplications,
# ScheduledSparkApplications and FlinkDeployments in turn, with their service accounts in one more file).
# Usage: bash bench/validate.sh [count] [runs]
set -euo pipefail
count=${1:-1000}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/KubeDsl.Cli" -c Release -o "$work/tool" --nologo -v:q >/dev/null
mkdir -p "$work/manifests"
printf 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: spark, namespace: data}\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: flink, namespace: data}\n' > "$work/manifests/accounts.yaml"
for ((i = 0; i < count; i++)); do
  case $((i % 3)) in
    0) cat > "$work/manifests/spark-$i.yaml" <<YAML
apiVersion: sparkoperator.k8s.io/v1beta2
kind: SparkApplication
metadata: {name: etl-$i, namespace: data, labels: {team: data, table: t$i}}
spec:
  type: Scala
  mode: cluster
  image: spark:3.5.3
  mainClass: org.example.Etl
  mainApplicationFile: local:///opt/etl.jar
  sparkVersion: 3.5.3
  sparkConf: {spark.sql.shuffle.partitions: "200", spark.eventLog.enabled: "false"}
  restartPolicy: {type: OnFailure, onFailureRetries: 3, onFailureRetryInterval: 10}
  driver: {cores: 1, memory: 1g, serviceAccount: spark}
  executor: {instances: $((i % 7 + 1)), cores: 2, memory: 4g}
YAML
    ;;
    1) cat > "$work/manifests/scheduled-$i.yaml" <<YAML
apiVersion: sparkoperator.k8s.io/v1beta2
kind: ScheduledSparkApplication
metadata: {name: nightly-$i, namespace: data}
spec:
  schedule: "0 $((i % 24)) * * *"
  concurrencyPolicy: Forbid
  template:
    type: Python
    mode: cluster
    image: spark:3.5.3
    mainApplicationFile: local:///opt/job.py
    sparkVersion: 3.5.3
    driver: {cores: 1, memory: 512m, serviceAccount: spark}
    executor: {instances: 2, cores: 1, memory: 2g}
YAML
    ;;
    2) cat > "$work/manifests/flink-$i.yaml" <<YAML
apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata: {name: stream-$i, namespace: data}
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "2"
    state.checkpoints.dir: s3://bucket/checkpoints/$i
    execution.checkpointing.dir: s3://bucket/checkpoints/$i
  jobManager: {resource: {memory: 2048m, cpu: 1}}
  taskManager: {resource: {memory: 2048m, cpu: 1}}
  job: {jarURI: local:///opt/flink/job.jar, parallelism: 2, upgradeMode: stateless}
YAML
    ;;
  esac
done

cd "$work"
"$work/tool/KubeDsl.Cli" validate --severity KD2018=none,KD3014=none manifests >/dev/null || true  # warm the disk cache
times=()
for ((r = 0; r < runs; r++)); do
  start=$(date +%s%N)
  "$work/tool/KubeDsl.Cli" validate --severity KD2018=none,KD3014=none manifests > "$work/out.txt" || true
  end=$(date +%s%N)
  times+=($(((end - start) / 1000000)))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
echo "validate: $((count + 1)) files, runs (ms): $sorted, median ${median} ms"
tail -1 "$work/out.txt"
