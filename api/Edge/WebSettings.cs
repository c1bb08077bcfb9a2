namespace Reception.Api.Edge;

/// <summary>
/// <c>Reception:Web</c>: how the API meets browsers and the network in front of it. HTTPS is off by default (the
/// embedded demo is plain HTTP on localhost); behind a reverse proxy, forwarded headers are honoured only from
/// the proxies and networks listed here.
/// </summary>
public sealed class WebSettings
{
    public const string Section = "Reception:Web";

    /// <summary>Redirect HTTP to HTTPS and send <c>Strict-Transport-Security</c> (set when TLS is configured, here or at the proxy).</summary>
    public bool RequireHttps { get; set; }

    /// <summary>Honour <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from <see cref="KnownProxies"/> and <see cref="KnownNetworks"/>.</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Proxy addresses whose forwarded headers are trusted (loopback is always trusted).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation (<c>10.0.0.0/8</c>) whose forwarded headers are trusted.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
