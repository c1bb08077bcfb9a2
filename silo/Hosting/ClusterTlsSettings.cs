using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Reception.Silo.Hosting;

/// <summary>
/// The certificate a host presents to the other hosts of its cluster and the private CA their
/// certificates must chain to (<c>Reception:Tls:*</c>). Any certificate issued by that CA is a member
/// of the cluster, so the CA must issue certificates for the cluster's hosts and nothing else.
/// </summary>
public sealed class ClusterTlsSettings
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    private ClusterTlsSettings(X509Certificate2 certificate, X509Certificate2 authority)
    {
        Certificate = certificate;
        Authority = authority;
    }

    /// <summary>This host's certificate, with its private key; it serves both as server and as client.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The CA that every peer's certificate must chain to; the machine's store is never consulted.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The settings of <c>Reception:Tls</c>, or null when neither a certificate nor a CA is configured.</summary>
    public static ClusterTlsSettings? FromConfiguration(IConfigurationSection reception)
    {
        var section = reception.GetSection("Tls");
        var certificatePath = NonEmpty(section["Certificate"]);
        var authorityPath = NonEmpty(section["CaCertificate"]);
        if (certificatePath is null && authorityPath is null)
        {
            return null;
        }

        if (certificatePath is null)
        {
            throw new ReceptionConfigurationException(
                "Reception:Tls:CaCertificate is set but Reception:Tls:Certificate is empty: set it to this host's certificate (a .pfx, or a PEM .crt with Reception:Tls:CertificateKey).");
        }

        if (authorityPath is null)
        {
            throw new ReceptionConfigurationException(
                "Reception:Tls:Certificate is set but Reception:Tls:CaCertificate is empty: set it to the PEM file of the CA that issued the cluster's certificates.");
        }

        var authority = LoadAuthority(authorityPath);
        var certificate = LoadCertificate(certificatePath, NonEmpty(section["CertificateKey"]), section["CertificatePassword"]);
        var settings = new ClusterTlsSettings(certificate, authority);
        if (!settings.Trusts(certificate, presentedChain: null))
        {
            throw new ReceptionConfigurationException(
                $"Reception:Tls:Certificate '{certificatePath}' ({certificate.Subject}) was not issued by Reception:Tls:CaCertificate '{authorityPath}' or is not valid now: use a certificate from the cluster's CA (deploy/make-test-ca.sh makes one).");
        }

        if (!AllowsUsage(certificate, ServerAuthentication) || !AllowsUsage(certificate, ClientAuthentication))
        {
            throw new ReceptionConfigurationException(
                $"Reception:Tls:Certificate '{certificatePath}' does not allow both server and client authentication: a host both accepts and opens cluster connections, so issue it with extendedKeyUsage serverAuth,clientAuth.");
        }

        return settings;
    }

    /// <summary>
    /// Whether a peer's certificate chains to the cluster's CA. Revocation is not checked: a private
    /// CA without a CRL is revoked by replacing it.
    /// </summary>
    public bool Trusts(X509Certificate2 peer, X509Chain? presentedChain)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presentedChain is not null)
        {
            // Intermediates the peer sent; trust still ends only at the configured CA.
            foreach (var element in presentedChain.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(peer);
    }

    private static X509Certificate2 LoadAuthority(string path)
    {
        RequireFile(path, "Reception:Tls:CaCertificate");
        try
        {
            return X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (CryptographicException ex)
        {
            throw new ReceptionConfigurationException(
                $"Reception:Tls:CaCertificate '{path}' is not a certificate ({ex.Message}): use the CA's certificate in PEM or DER.", ex);
        }
    }

    private static X509Certificate2 LoadCertificate(string path, string? keyPath, string? password)
    {
        RequireFile(path, "Reception:Tls:Certificate");
        if (keyPath is not null)
        {
            RequireFile(keyPath, "Reception:Tls:CertificateKey");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = IsPem(path)
                ? string.IsNullOrEmpty(password)
                    ? X509Certificate2.CreateFromPemFile(path, keyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath)
                : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw new ReceptionConfigurationException(
                $"Reception:Tls:Certificate '{path}' cannot be read with its key ({ex.Message}): use a PKCS#12 .pfx with Reception:Tls:CertificatePassword, or a PEM certificate with Reception:Tls:CertificateKey.", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new ReceptionConfigurationException(
                $"Reception:Tls:Certificate '{path}' has no private key: set Reception:Tls:CertificateKey to its PEM key, or use a .pfx that holds the key.");
        }

        return certificate;
    }

    private static bool IsPem(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[64];
        var read = reader.Read(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);
    }

    private static bool AllowsUsage(X509Certificate2 certificate, string usage)
    {
        var extension = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        return extension is null || extension.EnhancedKeyUsages.Cast<Oid>().Any(oid => oid.Value == usage);
    }

    private static void RequireFile(string path, string key)
    {
        if (!File.Exists(path))
        {
            throw new ReceptionConfigurationException($"{key} '{path}' does not exist: give the path of a readable file.");
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
