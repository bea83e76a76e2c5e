using k8s.Models;
using KubeDsl.Documents;

namespace KubeDsl.Tests.Emitter;

/// <summary>The build's quantity text equals what KubernetesClient's ResourceQuantity (used at run time) writes.</summary>
public class QuantityTextTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("1000m")]
    [InlineData("1500m")]
    [InlineData("1.5")]
    [InlineData("100m")]
    [InlineData("1Gi")]
    [InlineData("1.5Gi")]
    [InlineData("512Mi")]
    [InlineData("1024Mi")]
    [InlineData("100Mi")]
    [InlineData("1512Mi")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("2k")]
    [InlineData("2000")]
    [InlineData("10G")]
    [InlineData("1Ki")]
    [InlineData("1023")]
    [InlineData("0.1Gi")]
    [InlineData("5M")]
    [InlineData("1u")]
    [InlineData("1n")]
    [InlineData("+5")]
    [InlineData("12345678")]
    [InlineData("1Ti")]
    [InlineData("3e6")]
    [InlineData("0.000001")]
    public void Canonical_form_matches_ResourceQuantity(string text)
    {
        Assert.True(QuantityText.TryCanonicalize(text, out var canonical, out var error), error);
        Assert.Equal(new ResourceQuantity(text).ToString(), canonical);
    }

    [Fact]
    public void Negative_quantities_follow_Kubernetes_where_ResourceQuantity_does_not()
    {
        // KubernetesClient 21.0.8 writes -1 as "-0.000000000000000001E"; Kubernetes writes "-1". Negative values
        // are never valid requests or limits, so only the build's form is kept here.
        Assert.True(QuantityText.TryCanonicalize("-1", out var canonical, out _));
        Assert.Equal("-1", canonical);
    }

    [Theory]
    [InlineData("512MB")]
    [InlineData("1,5Gi")]
    [InlineData("")]
    [InlineData("Gi")]
    [InlineData("1.2.3")]
    [InlineData("1 Gi")]
    [InlineData("two")]
    public void Invalid_quantities_are_rejected_with_the_value_in_the_message(string text)
    {
        Assert.False(QuantityText.TryCanonicalize(text, out _, out var error));
        Assert.Contains("'" + text + "'", error);
    }

    [Fact]
    public void Generated_quantities_match_ResourceQuantity()
    {
        var random = new Random(20261124);
        string[] suffixes = ["", "m", "k", "M", "G", "Ki", "Mi", "Gi", "Ti"];
        var mismatches = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            var integer = random.Next(0, 5000);
            var text = random.Next(3) == 0 ? $"{integer}.{random.Next(0, 1000):D3}" : integer.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text += suffixes[random.Next(suffixes.Length)];
            QuantityText.TryCanonicalize(text, out var ours, out _);
            var theirs = new ResourceQuantity(text).ToString();
            if (ours != theirs)
            {
                mismatches.Add($"{text}: ours {ours}, ResourceQuantity {theirs}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }
}
