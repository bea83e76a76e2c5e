using System.Globalization;
using KubeDsl.Documents;
using static KubeDsl.Rules.Security.PodSecurityStandard;

namespace KubeDsl.Rules.Security;

/// <summary>The controls of the baseline level, each over one <see cref="PodView"/>.</summary>
internal static class BaselineChecks
{
    private const PodSecurityLevel Level = PodSecurityLevel.Baseline;

    public static void Check(PodView pod, PodSecurityFindings findings)
    {
        if (!findings.Wants(Level))
        {
            return;
        }

        HostNamespaces(pod, findings);
        HostPathVolumes(pod, findings);
        Sysctls(pod, findings);
        AppArmorAnnotations(pod, findings);
        PodContext(pod.Description, pod.Setting, findings);
        foreach (var container in pod.Containers)
        {
            PodContext(container.Description, container.Setting, findings);
            if (container.Setting("privileged") is { Text: "true" } privileged)
            {
                findings.Set(RuleCatalog.PrivilegedContainer, Level, container.Description, privileged, ("-", "false"));
            }

            if (container.Setting("procMount") is { } procMount && procMount.Text is { } mount && mount != DefaultProcMount)
            {
                findings.Set(RuleCatalog.ProcMount, Level, container.Description, procMount, replacement: DefaultProcMount);
            }

            if (container.Setting("capabilities", "add") is { Node: DocSequence added } addedAt)
            {
                for (var i = 0; i < added.Items.Count; i++)
                {
                    if (Doc.Text(added.Items[i]) is { } capability && !BaselineCapabilities.Contains(capability))
                    {
                        findings.Set(RuleCatalog.AddedCapability, Level, container.Description, new Found(added.Items[i], addedAt.Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
                    }
                }
            }

            foreach (var definition in container.Definitions)
            {
                HostPorts(container, definition, findings);
                ProbeHosts(container, definition, findings);
            }
        }
    }

    // Settings that the pod's and each container's security context share the names of.
    private static void PodContext(string who, System.Func<string[], Found?> setting, PodSecurityFindings findings)
    {
        if (setting(["seccompProfile", "type"]) is { Text: SeccompUnconfined } seccomp)
        {
            findings.Set(RuleCatalog.SeccompUnconfined, Level, who, seccomp, replacement: "RuntimeDefault");
        }

        if (setting(["appArmorProfile", "type"]) is { } appArmor && appArmor.Text is { } type && !AppArmorTypes.Contains(type))
        {
            findings.Set(RuleCatalog.AppArmorProfile, Level, who, appArmor, replacement: "RuntimeDefault");
        }

        if (setting(["seLinuxOptions", "type"]) is { } seLinuxType && seLinuxType.Text is { Length: > 0 } seType && !SeLinuxTypes.Contains(seType))
        {
            findings.Set(RuleCatalog.SeLinuxOptions, Level, who, seLinuxType);
        }

        foreach (var field in new[] { "user", "role" })
        {
            if (setting(["seLinuxOptions", field]) is { Text.Length: > 0 } custom)
            {
                findings.Set(RuleCatalog.SeLinuxOptions, Level, who, custom);
            }
        }

        if (setting(["windowsOptions", "hostProcess"]) is { Text: "true" } hostProcess)
        {
            findings.Set(RuleCatalog.HostProcess, Level, who, hostProcess, ("-", "false"));
        }
    }

    private static void HostNamespaces(PodView pod, PodSecurityFindings findings)
    {
        foreach (var field in PodSecurityStandard.HostNamespaces)
        {
            if (pod.Spec(field) is { Text: "true" } shared)
            {
                findings.Set(RuleCatalog.HostNamespace, Level, pod.Description, shared, ("-", "false"));
            }
        }
    }

    private static void HostPathVolumes(PodView pod, PodSecurityFindings findings)
    {
        foreach (var volume in pod.Volumes)
        {
            if (volume.Map[HostPathVolume] is { } hostPath)
            {
                var name = Doc.Text(volume.Map["name"]) ?? "(unnamed)";
                findings.Set(RuleCatalog.HostPathVolume, Level, "volume '" + name + "'", new Found(hostPath, volume.Path + "." + HostPathVolume));
            }
        }
    }

    private static void Sysctls(PodView pod, PodSecurityFindings findings)
    {
        if (pod.Setting("sysctls") is not { Node: DocSequence sysctls } at)
        {
            return;
        }

        for (var i = 0; i < sysctls.Items.Count; i++)
        {
            if (sysctls.Items[i] is DocMapping sysctl && sysctl["name"] is { } name && Doc.Text(name) is { } text && !SafeSysctls.Contains(text))
            {
                findings.Set(RuleCatalog.UnsafeSysctl, Level, pod.Description, new Found(name, at.Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "].name"));
            }
        }
    }

    private static void AppArmorAnnotations(PodView pod, PodSecurityFindings findings)
    {
        foreach (var metadata in pod.Metadata)
        {
            if (Doc.Map(metadata.Map, "annotations") is not { } annotations)
            {
                continue;
            }

            foreach (var entry in annotations.Entries)
            {
                if (entry.Key.StartsWith(AppArmorAnnotationPrefix, System.StringComparison.Ordinal) && Doc.Text(entry.Value) is { Length: > 0 } profile
                    && profile != AppArmorRuntimeDefault && !profile.StartsWith(AppArmorLocalhostPrefix, System.StringComparison.Ordinal))
                {
                    findings.Set(RuleCatalog.AppArmorProfile, Level, pod.Description, new Found(entry.Value, metadata.Path + ".annotations['" + entry.Key + "']"), replacement: AppArmorRuntimeDefault);
                }
            }
        }
    }

    private static void HostPorts(ContainerView container, Layer definition, PodSecurityFindings findings)
    {
        var i = 0;
        foreach (var port in Doc.Mappings(definition.Map, "ports"))
        {
            if (port["hostPort"] is { } hostPort && Doc.Text(hostPort) is { } text && text != "0")
            {
                findings.Set(RuleCatalog.HostPort, Level, container.Description, new Found(hostPort, definition.Path + ".ports[" + i.ToString(CultureInfo.InvariantCulture) + "].hostPort"), ("-", "0"));
            }

            i++;
        }
    }

    private static void ProbeHosts(ContainerView container, Layer definition, PodSecurityFindings findings)
    {
        foreach (var probe in ProbesAndHooks)
        {
            HandlerHost(container, Doc.Map(definition.Map, probe), definition.Path + "." + probe, findings);
        }

        foreach (var hook in LifecycleHooks)
        {
            HandlerHost(container, Doc.Map(definition.Map, "lifecycle", hook), definition.Path + ".lifecycle." + hook, findings);
        }
    }

    private static void HandlerHost(ContainerView container, DocMapping? handler, string path, PodSecurityFindings findings)
    {
        foreach (var action in HostActions)
        {
            if (Doc.At(handler, action, "host") is { } host && Doc.Text(host) is { Length: > 0 })
            {
                findings.Set(RuleCatalog.ProbeHost, Level, container.Description, new Found(host, path + "." + action + ".host"), ("-", "\"\""));
            }
        }
    }
}
