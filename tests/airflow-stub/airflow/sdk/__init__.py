"""Airflow 3's authoring interface (task-sdk): DAG and TaskGroup. Airflow 2 has no airflow.sdk."""

from airflow import _stub

if _stub.TARGET == "2":
    raise ImportError("Airflow 2 has no airflow.sdk")

DAG = _stub.DAG
TaskGroup = _stub.TaskGroup
BaseOperator = _stub.BaseOperator
