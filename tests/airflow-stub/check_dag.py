"""Loads generated DAG files against the stub Airflow and reports what Airflow would see, as JSON.

    /usr/bin/python3 check_dag.py [--target 3|2] [--after 2026-01-01T00:00] DAG_FILE...

Exit 0 with one JSON object per file on stdout ({"dag_id", "schedule", "next_runs", "tasks", "edges", "files"});
exit 1 with the first failure on stderr: a parameter the real class does not take, a wrong type, an invalid id,
a duplicate task, a cycle, a schedule croniter cannot read, a referenced file that is not where the operator
looks, a file Airflow's safe-mode discovery would skip.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import sys


def plain(value):
    if hasattr(value, "to_dict"):
        return plain(value.to_dict())
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def check(path, after):
    from airflow import _stub

    with open(path, "rb") as file:
        text = file.read().lower()
    if b"airflow" not in text or b"dag" not in text:
        raise _stub.AirflowException("safe-mode discovery skips %s: it does not contain both 'airflow' and 'dag'" % path)
    before = len(_stub.DAGS)
    spec = importlib.util.spec_from_file_location("dag_" + str(before), path)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
    dags = _stub.DAGS[before:]
    if len(dags) != 1:
        raise _stub.AirflowException("%s defines %d DAGs; a generated file defines one" % (path, len(dags)))
    dag = dags[0]
    dag.check_cycle()
    folder = os.path.dirname(os.path.abspath(path))
    files = []
    for task in dag.tasks.values():
        for field, value, searchpath in task.files():
            if field == "application_file":
                found = [os.path.join(f, value) for f in [folder] + [os.path.join(folder, s) for s in searchpath] if os.path.isfile(os.path.join(f, value))]
                if not found:
                    raise _stub.AirflowException("TemplateNotFound: application_file %s of %s is not in the DAG folder %s" % (value, task.task_id, folder))
                resolved = found[0]
            else:
                resolved = value
                if not os.path.isfile(resolved):
                    raise _stub.AirflowException("pod_template_file %s of %s does not exist; the provider would run the pod without it" % (value, task.task_id))
            files.append({"task_id": task.task_id, "field": field, "path": os.path.relpath(resolved, folder).replace(os.sep, "/")})
    return {
        "dag_id": dag.dag_id,
        "dag": plain({k: v for k, v in dag.kwargs.items()}),
        "schedule": dag.schedule if not isinstance(dag.schedule, datetime.timedelta) else plain(dag.schedule),
        "next_runs": [r.isoformat() for r in dag.timetable.next_runs(after, 3)],
        "tasks": [{"task_id": t.task_id, "operator": type(t).__name__, "kwargs": plain(t.kwargs)} for t in dag.tasks.values()],
        "edges": sorted([a, b] for a in dag.tasks for b in dag.tasks[a].downstream),
        "files": files,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", default="3", choices=["2", "3"])
    parser.add_argument("--after", default="2026-01-01T00:00")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    os.environ["AIRFLOW_STUB_TARGET"] = args.target
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    after = datetime.datetime.fromisoformat(args.after).replace(tzinfo=datetime.timezone.utc)
    for path in args.files:
        try:
            print(json.dumps(check(path, after), ensure_ascii=False, sort_keys=True))
        except Exception as error:
            print("%s: %s: %s" % (path, type(error).__name__, error), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
