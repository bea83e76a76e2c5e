"""SparkKubernetesOperator: a KubernetesPodOperator subclass that submits a SparkApplication read from
application_file, a path relative to the DAG file's folder (Jinja's loader, template_ext yaml/yml/json)."""

import os

from airflow import _stub
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator


class SparkKubernetesOperator(KubernetesPodOperator):
    _accepted = _stub._SPARK

    def check(self):
        super().check()
        application = self.kwargs.get("application_file")
        if application is None and self.kwargs.get("template_spec") is None:
            raise _stub.AirflowException("either application_file or template_spec should be passed")
        if application is not None:
            if application != application.strip() or os.path.isabs(application) or not application.endswith((".yaml", ".yml", ".json")):
                # Only a relative path with a template extension is loaded from the DAG folder (TemplateNotFound otherwise).
                raise _stub.AirflowException("application_file of %s is not a relative .yaml/.yml/.json path: %r" % (self.task_id, application))

    def files(self):
        application = self.kwargs.get("application_file")
        folders = self.dag.kwargs.get("template_searchpath") or []
        folders = [folders] if isinstance(folders, str) else list(folders)
        return super().files() + ([("application_file", application, folders)] if application else [])
