"""Airflow 2's TaskGroup module (Airflow 3 moved TaskGroup to airflow.sdk)."""

from airflow import _stub

if _stub.TARGET != "2":
    raise ImportError("the Airflow 3 target imports TaskGroup from airflow.sdk")

TaskGroup = _stub.TaskGroup
