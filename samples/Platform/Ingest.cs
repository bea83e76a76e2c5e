using System;
using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Spark;

namespace Samples.Platform;

/// <summary>One scheduled ingest job per table and environment, each in its own file.</summary>
public static class Ingest
{
    private const string Image = "docker.io/apache/spark:4.0.4";

    [Manifest("spark/{name}.yaml")]
    public static List<ScheduledSparkApplication> Jobs(Stage stage)
    {
        var environment = Data.For(stage);
        var jobs = new List<ScheduledSparkApplication>();
        foreach (var table in Data.Tables)
        {
            jobs.Add(Job(table, stage, environment));
        }

        return jobs;
    }

    private static ScheduledSparkApplication Job(Table table, Stage stage, Environment environment)
    {
        var executors = Math.Max(1, table.Executors * environment.ExecutorPercent / 100);

        var format = table.Format switch
        {
            SourceFormat.Json => "json",
            SourceFormat.Csv => "csv",
            _ => "parquet",
        };
        var conf = new Dictionary<string, string>
        {
            ["spark.sql.sources.default"] = format,
            ["spark.sql.shuffle.partitions"] = (executors * 4).ToString(),
        };
        if (table.Pii)
        {
            conf["spark.sql.redaction.string.regex"] = "(?i)email|phone|ssn";
        }

        var labels = new Dictionary<string, string> { ["team"] = table.Team, ["table"] = table.Name, ["stage"] = stage.ToString().ToLowerInvariant() };
        return new ScheduledSparkApplication
        {
            Metadata = new V1ObjectMeta { Name = Data.JobName(table), NamespaceProperty = environment.Namespace, Labels = labels },
            Spec = new ScheduledSparkApplicationSpec
            {
                Schedule = table.Schedule,
                Suspend = environment.Suspend ? true : null,
                ConcurrencyPolicy = ConcurrencyPolicy.Forbid,
                SuccessfulRunHistoryLimit = table.Pii ? 1 : 3,
                Template = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Python,
                    Mode = DeployMode.Cluster,
                    Image = Image,
                    ImagePullPolicy = "IfNotPresent",
                    MainApplicationFile = "local:///opt/jobs/ingest.py",
                    Arguments = ["--table", table.Name, "--format", format, "--stage", stage.ToString().ToLowerInvariant()],
                    SparkVersion = "4.0.4",
                    SparkConf = conf,
                    RestartPolicy = new RestartPolicy { Type = RestartPolicyType.Never },
                    Driver = new DriverSpec { Cores = 1, Memory = "1g", ServiceAccount = Data.Account(table.Team), Labels = labels, SecurityContext = Security.Restricted },
                    Executor = new ExecutorSpec { Instances = executors, Cores = 2, Memory = environment.ExecutorMemory, Labels = labels, SecurityContext = Security.Restricted },
                },
            },
        };
    }
}
