using System.Runtime.Serialization;

namespace KubeDsl;

/// <summary>
/// When the kubelet pulls a container image: <see cref="Always"/>, <see cref="IfNotPresent"/> or
/// <see cref="Never"/> (Kubernetes' <c>PullPolicy</c>). Text converts implicitly, so <c>"IfNotPresent"</c> still
/// assigns; rule KD1004 reports text Kubernetes does not accept.
/// </summary>
public sealed record ImagePullPolicy
{
    /// <summary>Pull on every container start.</summary>
    [EnumMember(Value = "Always")]
    public static readonly ImagePullPolicy Always = new("Always");

    /// <summary>Pull only when the node has no copy of the image.</summary>
    [EnumMember(Value = "IfNotPresent")]
    public static readonly ImagePullPolicy IfNotPresent = new("IfNotPresent");

    /// <summary>Never pull: the image must be on the node already.</summary>
    [EnumMember(Value = "Never")]
    public static readonly ImagePullPolicy Never = new("Never");

    private ImagePullPolicy(string value) => Value = value;

    /// <summary>The policy as the YAML writes it.</summary>
    public string Value { get; }

    /// <summary>A policy from its text, as the YAML writes it; null stays null.</summary>
    /// <param name="value">The text, such as <c>IfNotPresent</c>.</param>
    public static implicit operator ImagePullPolicy(string value) => value is null ? null! : new ImagePullPolicy(value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
