using Microsoft.IdentityModel.Tokens;

namespace Reception.Api.Auth;

/// <summary>
/// The HMAC key of the API's own tokens: generated on first run and kept in <c>{DataPath}/signing-key</c>
/// (readable by the owner only) so tokens outlive a restart. Hosts that share a data folder share the key.
/// </summary>
public static class SigningKey
{
    public const string FileName = "signing-key";

    public static SymmetricSecurityKey LoadOrCreate(string dataPath)
    {
        Silo.Hosting.DataFolder.Create(dataPath);
        var path = Path.Combine(dataPath, FileName);
        if (!File.Exists(path))
        {
            var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(64);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = Silo.Hosting.DataFolder.FileMode;
            }
            using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, options))
            {
                writer.Write(Convert.ToBase64String(key));
            }
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary); // another host sharing the folder wrote it first
            }
        }
        var bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (bytes.Length < 32)
        {
            throw new Silo.Hosting.ReceptionConfigurationException(
                $"The signing key in {path} is shorter than 256 bits: delete the file to have a new one generated.");
        }
        return new SymmetricSecurityKey(bytes) { KeyId = "reception" };
    }
}
