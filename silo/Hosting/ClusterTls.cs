using Orleans.Connections.Security;

namespace Reception.Silo.Hosting;

/// <summary>
/// Mutual TLS on every Orleans connection: silo to silo, and API host (client) to gateway. Each side
/// presents its certificate and accepts the other's only if it chains to the cluster's CA.
/// </summary>
public static class ClusterTls
{
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTlsSettings settings) =>
        silo.UseTls(options => Apply(options, settings));

    public static IClientBuilder UseClusterTls(this IClientBuilder client, ClusterTlsSettings settings) =>
        client.UseTls(options => Apply(options, settings));

    private static void Apply(TlsOptions options, ClusterTlsSettings settings)
    {
        options.LocalCertificate = settings.Certificate;
        // Silos accept only peers that present a certificate, and always present their own.
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        // The platform's verdict (machine store, host name) is replaced by the chain to our own CA:
        // peers are addressed by IP from the membership table, not by a name on their certificate.
        options.RemoteCertificateValidation = (certificate, chain, _) => settings.Trusts(certificate, chain);
    }
}
