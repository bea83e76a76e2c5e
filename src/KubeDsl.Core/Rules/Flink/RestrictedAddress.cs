using System;
using System.Net;
using System.Net.Sockets;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// The address classes the Flink operator refuses as a session job's jar host (DefaultValidator.validateJarURI,
/// release 1.15.0: isLoopbackAddress, isLinkLocalAddress, isSiteLocalAddress, isAnyLocalAddress,
/// isMulticastAddress of java.net.InetAddress), for the hosts that need no lookup: IP literals and localhost.
/// Java's classes, not today's RFCs: IPv6 unique-local fc00::/7 is not site-local to Java (only the old
/// fec0::/10 is), and 100.64.0.0/10 is not restricted either.
/// </summary>
internal static class RestrictedAddress
{
    /// <summary>The class of <paramref name="host"/> when the operator refuses it, else null (also for names that need DNS).</summary>
    public static string? Kind(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "loopback";
        }

        if (!IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return null;
        }

        // InetAddress.getByName gives an Inet4Address for an IPv4-mapped IPv6 literal.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return b[0] == 127 ? "loopback"
                : b[0] == 169 && b[1] == 254 ? "link-local"
                : b[0] == 10 || (b[0] == 172 && (b[1] & 0xF0) == 16) || (b[0] == 192 && b[1] == 168) ? "site-local (private)"
                : b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 ? "wildcard"
                : (b[0] & 0xF0) == 224 ? "multicast"
                : null;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        return address.Equals(IPAddress.IPv6Loopback) ? "loopback"
            : address.Equals(IPAddress.IPv6Any) ? "wildcard"
            : b[0] == 0xFE && (b[1] & 0xC0) == 0x80 ? "link-local"
            : b[0] == 0xFE && (b[1] & 0xC0) == 0xC0 ? "site-local (private)"
            : b[0] == 0xFF ? "multicast"
            : null;
    }
}
