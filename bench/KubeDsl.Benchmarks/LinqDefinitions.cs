using System.Text;

namespace KubeDsl.Benchmarks;

/// <summary>
/// Writes the loop- and LINQ-heavy suite: what a data team writes with the evaluator's statements and LINQ. A shared
/// file holds a static list of 40 table records and helpers that loop over it; each definition is a method body that
/// builds its SparkApplications with foreach/for loops, List.Add, local functions, switch statements,
/// Select/Where/OrderBy/GroupBy/ToDictionary and string interpolation. Four shapes take turns; every fourth
/// definition returns a List&lt;object&gt; of three SparkApplications (a backfill), the rest one each.
/// </summary>
public static class LinqDefinitions
{
    /// <summary>Resources the suite's <paramref name="count"/> definitions write: three for each backfill, one for the rest.</summary>
    public static int Resources(int count) => Enumerable.Range(0, count).Sum(i => i % 4 == 3 ? 3 : 1);

    private static readonly (string Name, int Executors, string Team)[] Tables =
    [
        ("orders", 8, "sales"), ("order-lines", 12, "sales"), ("invoices", 4, "sales"), ("refunds", 2, "sales"),
        ("quotes", 3, "sales"), ("discounts", 1, "sales"), ("price-lists", 2, "sales"), ("sales-targets", 1, "sales"),
        ("customers", 6, "crm"), ("contacts", 4, "crm"), ("accounts", 3, "crm"), ("leads", 5, "crm"),
        ("opportunities", 4, "crm"), ("campaign-members", 2, "crm"), ("cases", 3, "crm"), ("surveys", 1, "crm"),
        ("ledger", 10, "finance"), ("payments", 6, "finance"), ("budgets", 2, "finance"), ("cost-centers", 1, "finance"),
        ("exchange-rates", 1, "finance"), ("payroll", 4, "finance"), ("assets", 2, "finance"), ("tax-lines", 3, "finance"),
        ("shipments", 9, "logistics"), ("parcels", 14, "logistics"), ("warehouses", 1, "logistics"), ("stock-levels", 6, "logistics"),
        ("carriers", 1, "logistics"), ("routes", 3, "logistics"), ("returns", 2, "logistics"), ("pick-lists", 5, "logistics"),
        ("clicks", 16, "marketing"), ("sessions", 12, "marketing"), ("impressions", 20, "marketing"), ("campaigns", 2, "marketing"),
        ("segments", 3, "marketing"), ("newsletters", 1, "marketing"), ("ab-tests", 2, "marketing"), ("attributions", 7, "marketing"),
    ];

    private static readonly string[] Teams = ["sales", "crm", "finance", "logistics", "marketing"];

    public static string Defaults
    {
        get
        {
            var tables = string.Join("\n", Tables.Select(t => $"        new(\"{t.Name}\", {t.Executors}, \"{t.Team}\"),"));
            return $$"""
                using System.Collections.Generic;
                using System.Linq;
                using k8s.Models;
                using KubeDsl.Spark;

                [assembly: KubeDsl.ExternalServiceAccount("spark")]

                public sealed record Table(string Name, int Executors, string Team);

                public static class Data
                {
                    public const string Image = "docker.io/apache/spark:4.0.4";

                    public static readonly List<Table> Tables =
                    [
                {{tables}}
                    ];

                    public static readonly Dictionary<string, string> BaseConf = new()
                    {
                        ["spark.eventLog.enabled"] = "true",
                        ["spark.sql.adaptive.enabled"] = "true",
                        ["spark.sql.sources.partitionOverwriteMode"] = "dynamic",
                    };

                    // Executors never call the Kubernetes API: no token in their pods (KD6107).
                    public static readonly V1PodTemplateSpec ExecutorPod = new() { Spec = new V1PodSpec { AutomountServiceAccountToken = false } };

                    public static readonly V1SecurityContext Restricted = new()
                    {
                        Capabilities = new V1Capabilities { Drop = ["ALL"] },
                        RunAsUser = 185,
                        RunAsNonRoot = true,
                        AllowPrivilegeEscalation = false,
                    };

                    public static List<Table> OfTeam(string team)
                    {
                        var found = new List<Table>();
                        foreach (var table in Tables)
                        {
                            if (table.Team == team)
                            {
                                found.Add(table);
                            }
                        }

                        return found;
                    }

                    public static string Memory(int executors)
                    {
                        switch (executors)
                        {
                            case <= 2:
                                return "2g";
                            case <= 8:
                                return "4g";
                            default:
                                return "8g";
                        }
                    }

                    public static SparkApplicationSpec Spec(string main, int executors, List<string> arguments)
                    {
                        var conf = new Dictionary<string, string>();
                        foreach (var entry in BaseConf)
                        {
                            conf[entry.Key] = entry.Value;
                        }

                        conf["spark.sql.shuffle.partitions"] = $"{executors * 4}";
                        return new()
                        {
                            Type = SparkApplicationType.Scala,
                            Mode = DeployMode.Cluster,
                            Image = Image,
                            MainClass = main,
                            MainApplicationFile = "local:///opt/spark/jobs/jobs.jar",
                            SparkVersion = "4.0.4",
                            Arguments = arguments,
                            SparkConf = conf,
                            Driver = new DriverSpec { Cores = 1, Memory = "1g", ServiceAccount = "spark", SecurityContext = Restricted },
                            Executor = new ExecutorSpec { Instances = executors, Cores = 2, Memory = Memory(executors), SecurityContext = Restricted, Template = ExecutorPod },
                        };
                    }

                    public static SparkApplication Application(string name, string team, SparkApplicationSpec spec) =>
                        Application(name, team, spec, new Dictionary<string, string>());

                    public static SparkApplication Application(string name, string team, SparkApplicationSpec spec, Dictionary<string, string> tags)
                    {
                        var labels = new Dictionary<string, string> { ["team"] = team, ["app.kubernetes.io/managed-by"] = "kubedsl" };
                        foreach (var tag in tags)
                        {
                            labels[tag.Key] = tag.Value;
                        }

                        return new()
                        {
                            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "etl", Labels = labels },
                            Spec = spec,
                        };
                    }
                }
                """;
        }
    }

    /// <summary>One file per 50 definitions; definition i uses table i mod 40 and its team.</summary>
    public static IEnumerable<(string Name, string Source)> Files(int count)
    {
        for (var file = 0; file * 50 < count; file++)
        {
            var builder = new StringBuilder();
            builder.AppendLine("using System.Collections.Generic;\nusing System.Linq;\nusing k8s.Models;\nusing KubeDsl;\nusing KubeDsl.Spark;\n");
            builder.AppendLine($"public static class Pipelines{file}\n{{");
            for (var i = file * 50; i < Math.Min(count, (file + 1) * 50); i++)
            {
                builder.AppendLine(Definition(i));
            }

            builder.AppendLine("}");
            yield return ($"Pipelines{file}.cs", builder.ToString());
        }
    }

    private static string Definition(int i)
    {
        var table = Tables[i % Tables.Length].Name;
        var team = Tables[i % Tables.Length].Team;
        var other = Teams[(i / 4 + 1) % Teams.Length];
        return (i % 4) switch
        {
            // An ingest job for one table: the table found by LINQ, its team's tables in the arguments, a local
            // function and a switch statement picking the schedule window.
            0 => $$"""
                    [Manifest("ingest/ingest-{{i}}.yaml")]
                    public static SparkApplication Ingest{{i}}()
                    {
                        var table = Data.Tables.First(t => t.Name == "{{table}}");
                        var siblings = Data.Tables.Where(t => t.Team == table.Team && t.Name != table.Name).OrderBy(t => t.Name).Select(t => t.Name).ToList();
                        string Window(int executors)
                        {
                            string window;
                            switch (executors / 4)
                            {
                                case 0:
                                    window = "1h";
                                    break;
                                case 1:
                                case 2:
                                    window = "30m";
                                    break;
                                default:
                                    window = "15m";
                                    break;
                            }

                            return window;
                        }

                        var arguments = new List<string> { "--table", table.Name, "--window", Window(table.Executors), "--run", "{{i}}" };
                        foreach (var sibling in siblings)
                        {
                            arguments.Add("--join");
                            arguments.Add(sibling);
                        }

                        return Data.Application($"ingest-{{i}}-{table.Name}", table.Team, Data.Spec("com.example.Ingest", table.Executors + {{i % 3}}, arguments));
                    }

                """,
            // A compaction job for the team of a table: a foreach with continue summing executors, a capped total, arguments
            // from the loop, and a switch statement on the team.
            1 => $$"""
                    [Manifest("compact/compact-{{i}}.yaml")]
                    public static SparkApplication Compact{{i}}()
                    {
                        var team = Data.Tables.First(t => t.Name == "{{table}}").Team;
                        var arguments = new List<string>();
                        var executors = 0;
                        var skipped = 0;
                        foreach (var table in Data.Tables)
                        {
                            if (table.Team != team)
                            {
                                continue;
                            }

                            if (table.Executors < 2)
                            {
                                skipped++;
                                continue;
                            }

                            arguments.Add($"--table={table.Name}");
                            executors += table.Executors;
                        }

                        if (executors > 24)
                        {
                            executors = 24;
                        }

                        var retention = 0;
                        switch (team)
                        {
                            case "finance":
                                retention = 3650;
                                break;
                            case "sales":
                            case "crm":
                                retention = 730;
                                break;
                            default:
                                retention = 90;
                                break;
                        }

                        arguments.Add($"--retention-days={retention}");
                        arguments.Add($"--skipped={skipped}");
                        return Data.Application($"compact-{{i}}-{team}", team, Data.Spec("com.example.Compact", executors / 2 + 1, arguments));
                    }

                """,
            // A cross-team report: GroupBy and ToDictionary over all tables, the largest team by OrderByDescending,
            // labels added in a loop over the dictionary.
            2 => $$"""
                    [Manifest("report/report-{{i}}.yaml")]
                    public static SparkApplication Report{{i}}()
                    {
                        var byTeam = Data.Tables.GroupBy(t => t.Team).ToDictionary(g => g.Key, g => g.Sum(t => t.Executors));
                        var largest = byTeam.OrderByDescending(e => e.Value).ThenBy(e => e.Key).First().Key;
                        var arguments = byTeam.Select(e => e.Key).OrderBy(k => k).Select((k, index) => $"--team{index}={k}:{byTeam[k]}").ToList();
                        var spec = Data.Spec("com.example.Report", byTeam["{{other}}"] / 8 + 1, arguments);
                        var tags = new Dictionary<string, string>();
                        foreach (var entry in byTeam)
                        {
                            if (entry.Value > 20)
                            {
                                tags[$"report-{entry.Key}"] = entry.Value > byTeam[largest] / 2 ? "large" : "medium";
                            }
                        }

                        return Data.Application($"report-{{i}}-{{other}}", "{{other}}", spec, tags);
                    }

                """,
            // A backfill: the team's three largest tables, one SparkApplication each, with dates from Enumerable.Range.
            _ => $$"""
                    [Manifest("backfill/backfill-{{i}}.yaml")]
                    public static List<object> Backfill{{i}}()
                    {
                        var tables = Data.OfTeam("{{team}}").OrderByDescending(t => t.Executors).ThenBy(t => t.Name).Take(3).ToList();
                        var resources = new List<object>();
                        for (var day = 0; day < tables.Count; day++)
                        {
                            var table = tables[day];
                            var dates = Enumerable.Range(1, 7).Where(d => d % 2 == day % 2).Select(d => $"--date=2026-11-{10 + d + day}").ToList();
                            resources.Add(Data.Application($"backfill-{{i}}-{table.Name}", table.Team, Data.Spec("com.example.Backfill", table.Executors, dates)));
                        }

                        return resources;
                    }

                """,
        };
    }
}
