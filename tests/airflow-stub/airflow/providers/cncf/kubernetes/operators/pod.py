"""KubernetesPodOperator: parameter names from signatures.json, and the construction-time type checks of the
provider (typed kubernetes client models where it converts them, dicts or lists where it expects those)."""

from kubernetes.client import models as k8s

from airflow import _stub
from airflow.providers.cncf.kubernetes.secret import Secret

_TYPED = {
    "volumes": (list, k8s.V1Volume),
    "volume_mounts": (list, k8s.V1VolumeMount),
    "tolerations": (list, k8s.V1Toleration),
    "ports": (list, k8s.V1ContainerPort),
    "secrets": (list, Secret),
    "image_pull_secrets": (list, k8s.V1LocalObjectReference),
    "env_from": (list, k8s.V1EnvFromSource),
    "container_resources": (None, k8s.V1ResourceRequirements),
    "affinity": (None, k8s.V1Affinity),
    "labels": (None, dict),
    "annotations": (None, dict),
    "node_selector": (None, dict),
    "cmds": (list, str),
    "arguments": (list, str),
}


class KubernetesPodOperator(_stub.BaseOperator):
    _accepted = _stub._POD

    def check(self):
        for name, (container, item) in _TYPED.items():
            value = self.kwargs.get(name)
            if value is None:
                continue
            ok = _stub._is_list_of(value, item) if container is list else isinstance(value, item)
            if not ok:
                raise TypeError("%s of %s: expected %s%s, got %r" % (name, self.task_id, "a list of " if container else "", item.__name__, value))
        env = self.kwargs.get("env_vars")
        if env is not None and not isinstance(env, (dict, list)):
            raise TypeError("Expected dict or list, got %s" % type(env))
        action = self.kwargs.get("on_finish_action")
        if action is not None and action not in _stub._ON_FINISH:
            raise ValueError("%r is not a valid OnFinishAction" % action)
        for name in ("labels", "node_selector", "annotations"):
            for key, value in (self.kwargs.get(name) or {}).items():
                if not isinstance(key, str) or not isinstance(value, str):
                    raise TypeError("%s of %s must map strings to strings" % (name, self.task_id))
        template = self.kwargs.get("pod_template_file")
        if template is not None and not __import__("os").path.isabs(template):
            # The provider opens it from the worker's working directory.
            raise _stub.AirflowException("pod_template_file of %s is not absolute: %s" % (self.task_id, template))

    def files(self):
        template = self.kwargs.get("pod_template_file")
        return [("pod_template_file", template, [])] if template else []
