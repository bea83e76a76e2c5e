using System;
using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Airflow;
using KubeDsl.Spark;

// The Spark operator's Helm chart creates the driver account and its Role in the jobs namespace.
[assembly: ExternalServiceAccount("spark-operator-spark", Namespace = "spark-jobs")]

namespace Samples.PodTemplates;

/// <summary>
/// A nightly Airflow pipeline: extract in a pod (with the Spark-ETL pod template for its resources and log
/// volume), aggregate with the Spark operator, publish in a pod. The build writes the DAG file, the application
/// and the template beside it.
/// </summary>
public static class Pipeline
{
    private static SparkApplication Aggregate => new()
    {
        Metadata = Meta.Of("aggregate-sales", "spark-jobs"),
        Spec = new SparkApplicationSpec
        {
            Type = SparkApplicationType.Python,
            Mode = DeployMode.Cluster,
            Image = "docker.io/apache/spark:3.5.3",
            ImagePullPolicy = ImagePullPolicy.IfNotPresent,
            MainApplicationFile = "local:///opt/jobs/aggregate_sales.py",
            SparkVersion = "3.5.3",
            Driver = new DriverSpec { Cores = 1, Memory = JvmMemory.Gibibytes(1), ServiceAccount = "spark-operator-spark" },
            Executor = new ExecutorSpec { Instances = 2, Cores = 1, Memory = JvmMemory.Gibibytes(2) },
        },
    };

    [Manifest("airflow/dags/nightly_sales.py")]
    public static AirflowDag NightlySales => new()
    {
        DagId = "nightly_sales",
        Description = "Extract the day's sales, aggregate them with Spark, publish the report.",
        Schedule = "30 2 * * *",
        StartDate = "2025-01-01",
        Catchup = false,
        MaxActiveRuns = 1,
        Tags = ["sales"],
        DefaultArgs = new TaskDefaults { Owner = "data-platform", Retries = 2, RetryDelay = TimeSpan.FromMinutes(5) },
        Tasks =
        [
            new PodTask
            {
                TaskId = "extract",
                Namespace = "data",
                Image = "registry.example.com/sales-extract:1.4.2",
                Cmds = ["python", "-m", "extract"],
                Arguments = ["--date", "{{ ds }}"],
                ServiceAccountName = "airflow-task",
                PodTemplate = Airflow.SparkEtl,
            },
            new SparkTask { TaskId = "aggregate", Application = Aggregate, Upstream = ["extract"] },
            new PodTask
            {
                TaskId = "publish",
                Namespace = "data",
                Image = "registry.example.com/sales-publish:1.4.2",
                Arguments = ["--date", "{{ ds }}"],
                ContainerResources = Requirements.Of(cpu: "250m", memory: "512Mi", memoryLimit: "512Mi"),
                Upstream = ["aggregate"],
                OnFinishAction = "delete_pod",
            },
        ],
    };
}
