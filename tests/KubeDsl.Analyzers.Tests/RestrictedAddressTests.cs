using KubeDsl.Rules.Flink;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// The address classes of java.net.InetAddress that DefaultValidator.validateJarURI refuses, for the hosts a build
/// can judge without DNS; the classes are Java's, so fc00::/7 and 100.64.0.0/10 pass as they do upstream.
/// </summary>
public class RestrictedAddressTests
{
    [Theory]
    [InlineData("localhost", "loopback")]
    [InlineData("LOCALHOST", "loopback")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("[::1]", "loopback")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("10.0.0.1", "site-local (private)")]
    [InlineData("172.16.0.1", "site-local (private)")]
    [InlineData("172.31.255.255", "site-local (private)")]
    [InlineData("192.168.1.1", "site-local (private)")]
    [InlineData("fec0::1", "site-local (private)")]
    [InlineData("::ffff:10.1.2.3", "site-local (private)")]
    [InlineData("0.0.0.0", "wildcard")]
    [InlineData("::", "wildcard")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    public void Restricted_classes(string host, string kind) => Assert.Equal(kind, RestrictedAddress.Kind(host));

    [Theory]
    [InlineData("repo.example.com")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.64.0.1")]
    [InlineData("fc00::1")]
    [InlineData("2001:db8::1")]
    [InlineData("internal.local")]
    public void Hosts_that_pass_or_need_a_lookup(string host) => Assert.Null(RestrictedAddress.Kind(host));

    [Theory]
    [InlineData("https://[::1]/job.jar", "jarURI host '::1' is a loopback address")]
    [InlineData("HTTP://10.0.0.1/job.jar", null)]
    [InlineData("https:job.jar", "jarURI must include a host")]
    public void Jar_uri_host_problems(string jar, string? start)
    {
        var problem = FlinkSessionJobRule.JarUriProblem(jar, new Dictionary<string, string> { ["kubernetes.operator.user.artifacts.allowed-schemes"] = "https" });
        if (start is null)
        {
            // HTTP is outside the allow-list: the scheme (as written, as upstream's message has it) is the problem, before the host.
            Assert.StartsWith("the operator downloads session-job jars only over https by default, not 'HTTP'", problem, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith(start, problem, StringComparison.Ordinal);
        }
    }
}
