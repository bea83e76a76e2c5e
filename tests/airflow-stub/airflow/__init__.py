"""A stub of Airflow for checking generated DAG files without Airflow; see tests/airflow-stub/README.md.

Airflow 2 DAG files import DAG from here; for the Airflow 3 target the stub refuses that import, so a file
written for Airflow 3 must use airflow.sdk.
"""

from airflow import _stub


def __getattr__(name):
    if name == "DAG":
        if _stub.TARGET != "2":
            raise ImportError("the Airflow 3 target imports DAG from airflow.sdk")
        return _stub.DAG
    raise AttributeError(name)
