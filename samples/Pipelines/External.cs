using KubeDsl;

// Created outside this project: the task account and the warehouse credentials by the data team's platform
// chart, the driver account by the Spark operator's Helm chart, the export volume by the storage team.
[assembly: ExternalServiceAccount("airflow-task", Namespace = "data")]
[assembly: ExternalSecret("warehouse-db", Namespace = "data", Keys = ["host", "user", "password"])]
[assembly: ExternalSecret("warehouse-tls", Namespace = "data", Keys = ["ca.crt"])]
[assembly: ExternalSecret("report-upload", Namespace = "data", Keys = ["token"])]
[assembly: ExternalPersistentVolumeClaim("sales-exports", Namespace = "data")]
[assembly: ExternalServiceAccount("spark-operator-spark", Namespace = "spark-jobs")]
