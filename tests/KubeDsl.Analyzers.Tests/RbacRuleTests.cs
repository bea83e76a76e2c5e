namespace KubeDsl.Analyzers.Tests;

/// <summary>KD61xx: least privilege in the Roles, ClusterRoles and bindings a project defines.</summary>
public class RbacRuleTests
{
    private static string Role(string rules) => $$"""
        public static class Rbac
        {
            [Manifest("role.yaml")]
            public static V1Role Driver => new()
            {
                Metadata = new V1ObjectMeta { Name = "spark-driver", NamespaceProperty = "etl" },
                Rules = [{{rules}}],
            };
        }
        """;

    [Fact]
    public Task Listed_verbs_and_resources_pass() => Verify.Analyzer(
        Role("new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"pods\", \"services\", \"configmaps\"], Verbs = [\"create\", \"get\", \"list\", \"watch\", \"delete\"] }"));

    [Fact]
    public Task Wildcards_are_reported_where_they_are_written() => Verify.Analyzer(
        Role("new V1PolicyRule { ApiGroups = [\"\"], Resources = [{|#0:\"*\"|}], Verbs = [\"get\"] }, new V1PolicyRule { ApiGroups = [\"batch\"], Resources = [\"jobs\"], Verbs = [{|#1:\"*\"|}] }"),
        Verify.Diagnostic("KD6101", 0, "Role 'spark-driver' grants '*' in rules[0].resources: a wildcard grants every current and future value, secrets and verbs such as escalate included; list what the subject needs"),
        Verify.Diagnostic("KD6101", 1, "Role 'spark-driver' grants '*' in rules[1].verbs: a wildcard grants every current and future value, secrets and verbs such as escalate included; list what the subject needs"));

    [Fact]
    public Task Escalate_bind_and_impersonate() => Verify.Analyzer(
        Role("new V1PolicyRule { ApiGroups = [\"rbac.authorization.k8s.io\"], Resources = [\"roles\"], Verbs = [\"get\", {|#0:\"escalate\"|}, {|#1:\"bind\"|}] }, new V1PolicyRule { ApiGroups = [\"\"], Resources = [\"serviceaccounts\"], Verbs = [{|#2:\"impersonate\"|}] }"),
        Verify.Diagnostic("KD6102", 0, "Role 'spark-driver' grants 'escalate' in rules[0].verbs: a subject with it can give itself permissions it does not have; grant it only to administrators"),
        Verify.Diagnostic("KD6102", 1, "Role 'spark-driver' grants 'bind' in rules[0].verbs: a subject with it can give itself permissions it does not have; grant it only to administrators"),
        Verify.Diagnostic("KD6102", 2, "Role 'spark-driver' grants 'impersonate' in rules[1].verbs: a subject with it can give itself permissions it does not have; grant it only to administrators"));

    [Fact]
    public Task Binding_to_cluster_admin() => Verify.Analyzer("""
        [assembly: ExternalServiceAccount("spark", Namespace = "etl")]

        public static class Rbac
        {
            [Manifest("binding.yaml")]
            public static V1RoleBinding Binding => new()
            {
                Metadata = new V1ObjectMeta { Name = "spark-admin", NamespaceProperty = "etl" },
                RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = {|#0:"cluster-admin"|} },
                Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = "spark", NamespaceProperty = "etl" }],
            };
        }
        """,
        Verify.Diagnostic("KD6103", 0, "RoleBinding 'spark-admin' binds the cluster-admin ClusterRole, which allows everything in every namespace; bind a role with only what the subjects need"));
}
