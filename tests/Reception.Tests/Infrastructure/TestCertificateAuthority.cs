using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Reception.Tests.Infrastructure;

/// <summary>
/// A private CA made for one test, writing itself and the host certificates it issues into a temporary
/// folder, as an operator's files would be (deploy/make-test-ca.sh does the same with openssl).
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestCertificateAuthority(string name, string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
        var request = new CertificateRequest($"CN={name}", _key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(2));
        CertificatePath = Path.Combine(folder, "ca.crt");
        File.WriteAllText(CertificatePath, Certificate.ExportCertificatePem());
    }

    public string Folder { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>The CA's certificate in PEM, what <c>Reception:Tls:CaCertificate</c> names.</summary>
    public string CertificatePath { get; }

    /// <summary>A host certificate (server and client authentication) as a PEM certificate and key.</summary>
    public HostFiles IssuePem(string host)
    {
        using var certificate = Issue(host);
        var certificatePath = Path.Combine(Folder, $"{host}.crt");
        var keyPath = Path.Combine(Folder, $"{host}.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return new HostFiles(certificatePath, keyPath, null);
    }

    /// <summary>A host certificate as a password-protected PKCS#12 file.</summary>
    public HostFiles IssuePfx(string host, string password)
    {
        using var certificate = Issue(host);
        var path = Path.Combine(Folder, $"{host}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return new HostFiles(path, null, password);
    }

    private X509Certificate2 Issue(string host)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        using var issued = request.Create(Certificate, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1), serial);
        return issued.CopyWithPrivateKey(key);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }

    /// <summary>The files of one host certificate and the settings that name them.</summary>
    public sealed record HostFiles(string Certificate, string? Key, string? Password)
    {
        public Dictionary<string, string> Settings(TestCertificateAuthority authority)
        {
            var settings = new Dictionary<string, string>
            {
                ["Reception__Tls__Certificate"] = Certificate,
                ["Reception__Tls__CaCertificate"] = authority.CertificatePath,
            };
            if (Key is not null)
            {
                settings["Reception__Tls__CertificateKey"] = Key;
            }

            if (Password is not null)
            {
                settings["Reception__Tls__CertificatePassword"] = Password;
            }

            return settings;
        }
    }
}
