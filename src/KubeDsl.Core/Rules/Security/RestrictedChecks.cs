using System.Globalization;
using System.Linq;
using KubeDsl.Documents;
using static KubeDsl.Rules.Security.PodSecurityStandard;

namespace KubeDsl.Rules.Security;

/// <summary>
/// The controls the restricted level adds to baseline, each over one <see cref="PodView"/>. Privilege escalation,
/// seccomp and capabilities are Linux controls: admission skips them for pods that set <c>os.name: windows</c>.
/// </summary>
internal static class RestrictedChecks
{
    private const PodSecurityLevel Level = PodSecurityLevel.Restricted;

    public static void Check(PodView pod, PodSecurityFindings findings)
    {
        if (!findings.Wants(Level))
        {
            return;
        }

        VolumeTypes(pod, findings);
        NonRoot(pod, findings);
        RootUser(pod.Description, pod.Setting("runAsUser"), findings);
        foreach (var container in pod.Containers)
        {
            RootUser(container.Description, container.Setting("runAsUser"), findings);
        }

        if (pod.Windows)
        {
            return;
        }

        Seccomp(pod, findings);
        foreach (var container in pod.Containers)
        {
            switch (container.Setting("allowPrivilegeEscalation"))
            {
                case { Text: "false" }:
                    break;
                case { } allowed:
                    findings.Set(RuleCatalog.PrivilegeEscalation, Level, container.Description, allowed, ("", "false"));
                    break;
                default:
                    findings.Missing(RuleCatalog.PrivilegeEscalation, Level, container, "allowPrivilegeEscalation", "AllowPrivilegeEscalation", "false");
                    break;
            }

            Capabilities(container, findings);
        }
    }

    private static void VolumeTypes(PodView pod, PodSecurityFindings findings)
    {
        foreach (var volume in pod.Volumes)
        {
            foreach (var entry in volume.Map.Entries)
            {
                // hostPath is the baseline check's (KD6004), reported once.
                if (entry.Key != "name" && entry.Key != HostPathVolume && !RestrictedVolumeSources.Contains(entry.Key))
                {
                    var name = Doc.Text(volume.Map["name"]) ?? "(unnamed)";
                    findings.Set(RuleCatalog.RestrictedVolumeType, Level, "volume '" + name + "'", new Found(entry.Value, volume.Path + "." + entry.Key));
                }
            }
        }
    }

    private static void NonRoot(PodView pod, PodSecurityFindings findings)
    {
        var podLevel = pod.Setting("runAsNonRoot");
        if (podLevel is { Text: not "true" })
        {
            findings.Set(RuleCatalog.RunAsNonRoot, Level, pod.Description, podLevel, ("", "true"));
        }

        foreach (var container in pod.Containers)
        {
            switch (container.Setting("runAsNonRoot"))
            {
                case { Text: "true" }:
                    break;
                case { } own:
                    findings.Set(RuleCatalog.RunAsNonRoot, Level, container.Description, own, ("", "true"));
                    break;
                default:
                    if (podLevel is null)
                    {
                        findings.Missing(RuleCatalog.RunAsNonRoot, Level, container, "runAsNonRoot", "RunAsNonRoot", "true");
                    }

                    break;
            }
        }
    }

    private static void RootUser(string who, Found? user, PodSecurityFindings findings)
    {
        if (user is { Text: "0" })
        {
            findings.Set(RuleCatalog.RunAsRootUser, Level, who, user);
        }
    }

    private static void Seccomp(PodView pod, PodSecurityFindings findings)
    {
        var podType = pod.Setting("seccompProfile", "type");
        if (podType is { Text: { } text } && text != SeccompUnconfined && !SeccompTypes.Contains(text))
        {
            findings.Set(RuleCatalog.SeccompRequired, Level, pod.Description, podType, replacement: "RuntimeDefault");
        }

        foreach (var container in pod.Containers)
        {
            var own = container.Setting("seccompProfile", "type");
            if (own is { Text: { } type } && type != SeccompUnconfined && !SeccompTypes.Contains(type))
            {
                findings.Set(RuleCatalog.SeccompRequired, Level, container.Description, own, replacement: "RuntimeDefault");
            }
            else if (own is null && podType is null)
            {
                findings.Missing(RuleCatalog.SeccompRequired, Level, container, "seccompProfile.type", "SeccompProfile:V1SeccompProfile/Type", "\"RuntimeDefault\"");
            }
        }
    }

    private static void Capabilities(ContainerView container, PodSecurityFindings findings)
    {
        var drop = container.Setting("capabilities", "drop");
        if (drop is null)
        {
            findings.Missing(RuleCatalog.CapabilitiesNotDropped, Level, container, "capabilities.drop", "Capabilities:V1Capabilities/Drop", "[\"" + DropAll + "\"]");
        }
        else if (!Doc.Items(Doc.At(container.SecurityContexts.FirstOrDefault(l => l.Path + ".capabilities.drop" == drop.Path)?.Map, "capabilities"), "drop").Any(i => Doc.Text(i) == DropAll))
        {
            findings.Set(RuleCatalog.CapabilitiesNotDropped, Level, container.Description, drop, ("", "[\"" + DropAll + "\"]"));
        }

        if (container.Setting("capabilities", "add") is { Node: DocSequence added } addedAt)
        {
            for (var i = 0; i < added.Items.Count; i++)
            {
                // One outside the default set is the baseline check's (KD6003).
                if (Doc.Text(added.Items[i]) is { } capability && capability != RestrictedCapability && BaselineCapabilities.Contains(capability))
                {
                    findings.Set(RuleCatalog.CapabilitiesNotDropped, Level, container.Description, new Found(added.Items[i], addedAt.Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
                }
            }
        }
    }
}
