"""The checking core of the stub Airflow: DAG, operators, task groups and Secret.

Every constructor checks its keyword arguments against tests/fixtures/airflow/signatures.json (the parameter
lists of the real classes), so a generated DAG file that passes a name the real class does not take fails here
as it would fail in Airflow (TypeError in Airflow 3, AirflowException in 2). The target major comes from the
environment variable AIRFLOW_STUB_TARGET ("3", the default, or "2").
"""

from __future__ import annotations

import datetime
import json
import os
import re

TARGET = os.environ.get("AIRFLOW_STUB_TARGET", "3")
_SIGNATURES = os.environ.get("AIRFLOW_STUB_SIGNATURES") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "fixtures", "airflow", "signatures.json")

with open(_SIGNATURES, encoding="utf-8") as _file:
    SIGNATURES = json.load(_file)


class AirflowException(Exception):
    pass


class DuplicateTaskIdFound(AirflowException):
    pass


class AirflowDagCycleException(AirflowException):
    pass


class AirflowTimetableInvalid(AirflowException):
    pass


def _names(section, key="params"):
    return {p["name"] for p in SIGNATURES[section][key]}


_BASE = _names("BaseOperator")
_POD = _names("KubernetesPodOperator") | _BASE
_SPARK = _names("SparkKubernetesOperator") | _POD
# DAG parameters that exist only in Airflow 3 (signatures.json notes: deadline 3.1+, bundle versioning 3.x,
# fail_fast is fail_stop in 2.x); Airflow 2 takes its own names instead (DAG.airflow2_only).
_DAG3_ONLY = {"deadline", "disable_bundle_versioning", "fail_fast"}
_DAG = _names("DAG", "params_airflow3")
if TARGET == "2":
    _DAG = (_DAG - _DAG3_ONLY) | set(SIGNATURES["DAG"]["airflow2_only"])

# In the signature but never read by the provider: passing them does nothing (research 1.4 "Traps").
_IGNORED = {"is_delete_operator_pod": "ignored since provider 10.0.0; use on_finish_action",
            "progress_callback": "deprecated; use callbacks"}
_ON_FINISH = {"delete_pod", "delete_succeeded_pod", "keep_pod", "delete_active_pod"}

_KEY = re.compile(r"^[A-Za-z0-9_.-]+$")
_GROUP_KEY = re.compile(r"^[A-Za-z0-9_-]+$")

# Airflow resolves these before croniter (CRON_PRESETS).
PRESETS = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *",
           "@quarterly": "0 0 1 */3 *", "@yearly": "0 0 1 1 *"}

DAGS = []
_current = []
_groups = []


def _fail(message):
    if TARGET == "2":
        raise AirflowException(message)
    raise TypeError(message)


def _check_kwargs(what, accepted, kwargs):
    unknown = sorted(set(kwargs) - accepted)
    if unknown:
        _fail("Invalid arguments were passed to %s: %s" % (what, ", ".join(unknown)))
    ignored = sorted(set(kwargs) & set(_IGNORED))
    if ignored:
        raise AirflowException("%s: %s" % (what, "; ".join(k + " is " + _IGNORED[k] for k in ignored)))


def validate_key(key, max_length=250, pattern=_KEY):
    if not isinstance(key, str):
        raise TypeError("The key has to be a string and is %s:%s" % (type(key), key))
    if len(key) > max_length:
        raise AirflowException("The key %r has to be less than %d characters" % (key, max_length))
    if not pattern.match(key):
        raise AirflowException("The key %r has to be made of alphanumeric characters, dashes, dots and underscores" % key)


def _is_list_of(value, cls):
    return isinstance(value, list) and all(isinstance(v, cls) for v in value)


class DAG:
    def __init__(self, *args, **kwargs):
        if args:
            kwargs["dag_id"] = args[0]
        _check_kwargs("DAG", _DAG, kwargs)
        if "dag_id" not in kwargs:
            raise TypeError("DAG needs dag_id")
        validate_key(kwargs["dag_id"])
        if "schedule" not in kwargs or "catchup" not in kwargs:
            # Their defaults differ between Airflow 2 and 3; a generated file passes both.
            raise AirflowException("DAG %s: pass schedule and catchup explicitly" % kwargs["dag_id"])
        if "default_args" in kwargs and not isinstance(kwargs["default_args"], dict):
            raise TypeError("default_args must be a dict")
        for tag in kwargs.get("tags") or []:
            if len(tag) > 100:
                raise AirflowException("tag %r is longer than 100 characters" % tag)
        start = kwargs.get("start_date") or (kwargs.get("default_args") or {}).get("start_date")
        if start is not None and (not isinstance(start, datetime.datetime) or start.tzinfo is None):
            raise AirflowException("start_date must be an aware datetime")
        self.dag_id = kwargs["dag_id"]
        self.kwargs = kwargs
        self.default_args = dict(kwargs.get("default_args") or {})
        self.schedule = kwargs["schedule"]
        if kwargs["catchup"] and self.schedule not in (None, "@once") and start is None:
            raise ValueError("DAG %s: catchup=True with a schedule needs a start_date" % self.dag_id)
        self.timetable = Schedule(self.schedule)
        self.tasks = {}
        self.group_ids = set()
        DAGS.append(self)

    def __enter__(self):
        _current.append(self)
        return self

    def __exit__(self, *args):
        _current.pop()
        return False

    def add_task(self, task):
        if task.task_id in self.tasks or task.task_id in self.group_ids:
            raise DuplicateTaskIdFound("Task id '%s' has already been added to the DAG" % task.task_id)
        self.tasks[task.task_id] = task

    def check_cycle(self):
        state = {}

        def visit(task_id, path):
            state[task_id] = 1
            for down in sorted(self.tasks[task_id].downstream):
                if state.get(down) == 1:
                    raise AirflowDagCycleException("Cycle detected in Dag: %s. Faulty task: %s (%s)" % (
                        self.dag_id, down, " -> ".join(path + [task_id, down])))
                if down not in state:
                    visit(down, path + [task_id])
            state[task_id] = 2

        for task_id in self.tasks:
            if task_id not in state:
                visit(task_id, [])


class Schedule:
    """The schedule read as Airflow 3 reads it: None, @once, @continuous, a preset or five-field cron (croniter)."""

    def __init__(self, schedule):
        self.schedule = schedule
        self.expression = None
        if schedule is None or schedule in ("@once", "@continuous"):
            return
        if isinstance(schedule, datetime.timedelta):
            return
        if not isinstance(schedule, str):
            raise AirflowTimetableInvalid("schedule %r is not a string, timedelta or None" % (schedule,))
        import croniter

        expression = PRESETS.get(schedule, schedule)
        if not expression.startswith("@") and len(expression.split()) != 5:
            raise AirflowTimetableInvalid("%r has %d fields, not five" % (schedule, len(expression.split())))
        try:
            croniter.croniter(expression, datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)).get_next(datetime.datetime)
        except Exception as error:
            # Invalid, or valid but never firing (croniter raises CroniterBadDateError from get_next).
            raise AirflowTimetableInvalid("%r: %s" % (schedule, error))
        self.expression = expression

    def next_runs(self, after, count):
        if self.expression is None:
            return []
        import croniter

        cron = croniter.croniter(self.expression, after)
        return [cron.get_next(datetime.datetime) for _ in range(count)]


class TaskGroup:
    def __init__(self, group_id, prefix_group_id=True, **kwargs):
        _check_kwargs("TaskGroup", {"tooltip", "default_args", "dag", "parent_group", "ui_color", "ui_fgcolor", "add_suffix_on_collision"}, kwargs)
        validate_key(group_id, max_length=200, pattern=_GROUP_KEY)
        if not _current:
            raise RuntimeError("TaskGroup %s outside a DAG" % group_id)
        self.group_id = group_id
        self.prefix = "".join(g.group_id + "." for g in _groups) + group_id + "." if prefix_group_id else ""
        dag = _current[-1]
        full = self.prefix[:-1] if prefix_group_id else group_id
        if full in dag.tasks or full in dag.group_ids:
            raise DuplicateTaskIdFound("group_id '%s' has already been added to the DAG" % full)
        dag.group_ids.add(full)

    def __enter__(self):
        _groups.append(self)
        return self

    def __exit__(self, *args):
        _groups.pop()
        return False


class BaseOperator:
    _accepted = _BASE

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("Use keyword arguments when initializing operators")
        _check_kwargs(type(self).__name__, self._accepted, kwargs)
        if "task_id" not in kwargs:
            raise TypeError("%s needs task_id" % type(self).__name__)
        if not _current:
            raise RuntimeError("%s created outside a DAG" % kwargs["task_id"])
        self.dag = _current[-1]
        # default_args fill parameters the operator takes; a key none takes is silently ignored by Airflow.
        for key in self.dag.default_args:
            if key not in self._accepted:
                raise AirflowException("default_args key %r is no parameter of %s" % (key, type(self).__name__))
        validate_key(kwargs["task_id"])
        self.task_id = "".join(g.prefix for g in _groups[-1:]) + kwargs["task_id"]
        validate_key(self.task_id)
        self.kwargs = kwargs
        self.downstream = set()
        self.upstream = set()
        for name in ("retry_delay", "execution_timeout"):
            value = kwargs.get(name, self.dag.default_args.get(name))
            if value is not None and not isinstance(value, (datetime.timedelta,) + ((int, float) if name == "retry_delay" else ())):
                raise ValueError("%s must be a timedelta" % name)
        self.check()
        self.dag.add_task(self)

    def check(self):
        pass

    def _link(self, other, downstream):
        for task in other if isinstance(other, (list, tuple)) else [other]:
            if not isinstance(task, BaseOperator):
                raise TypeError("Relationships can only be set between operators; received %r" % (task,))
            if task.dag is not self.dag:
                raise RuntimeError("Tried to create relationships between tasks in more than one DAG")
            a, b = (self, task) if downstream else (task, self)
            a.downstream.add(b.task_id)
            b.upstream.add(a.task_id)

    def __rshift__(self, other):
        self._link(other, True)
        return other

    def __lshift__(self, other):
        self._link(other, False)
        return other

    def __rrshift__(self, other):
        for task in other:
            task._link(self, True)
        return self

    def __rlshift__(self, other):
        for task in other:
            task._link(self, False)
        return self

    def set_downstream(self, other):
        self._link(other, True)

    def set_upstream(self, other):
        self._link(other, False)
