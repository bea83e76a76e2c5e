namespace KubeDsl.Analyzers.Tests;

/// <summary>Findings in environment variants name the environments they occur in.</summary>
public class EnvironmentFindingTests
{
    [Fact]
    public Task Findings_name_their_environments() => Verify.Analyzer(
        """
        public enum Stage { Dev, Prod }

        public static class Defs
        {
            [Manifest("pod.yaml")]
            public static V1Pod Worker(Stage stage) => new()
            {
                Metadata = new V1ObjectMeta { Name = "worker" },
                Spec = new V1PodSpec
                {
                    Containers =
                    [
                        new V1Container { Name = "main", Image = stage == Stage.Dev ? {|#0:"tool:latest"|} : "tool:1.2", ImagePullPolicy = {|#1:"always"|} },
                    ],
                },
            };
        }
        """,
        Verify.Diagnostic("KD1003", 0, "[dev] Image 'tool:latest' uses the moving tag 'latest'; pin a version tag (or a digest) so every deploy runs the same image"),
        Verify.Diagnostic("KD1004", 1, "[dev, prod] Image pull policy 'always' is not one of Always, IfNotPresent, Never (exact case)"));
}
