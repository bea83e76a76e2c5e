using KubeDsl;

// The Airflow deployment (its Helm chart) creates the worker service account; the task account is the team's own.
[assembly: ExternalServiceAccount("airflow-worker")]
[assembly: ExternalServiceAccount("airflow-task")]
