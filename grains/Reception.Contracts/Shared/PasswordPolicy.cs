namespace Reception.Contracts.Shared;

/// <summary>
/// The one password rule of the built-in issuer's accounts (the API's account endpoints and the silo's
/// <c>accounts add-admin</c> command ask here): at least <see cref="Limits.MinPasswordLength"/> characters, at most
/// <see cref="Limits.PasswordLength"/>, not the user name, and not one of the passwords attackers try first.
/// </summary>
public static class PasswordPolicy
{
    // The front of the public lists of leaked passwords at this length, and the obvious words of this system.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111", "000000000000",
        "qwertyuiopas", "qwerty123456", "qwertyuiop12", "asdfghjklñ12", "password1234", "password12345",
        "passw0rd1234", "contraseña12", "contrasena12", "contrasena123", "contraseña123", "administrator",
        "administrador", "iloveyou1234", "1q2w3e4r5t6y", "abc123456789", "abcdefghijkl", "reception-demo",
        "reception123", "recepcion123", "recepción123", "mexico123456", "welcome12345", "letmein12345",
        "changeme1234", "cambiame1234", "superman1234", "football1234", "princesa1234", "teamo1234567",
    };

    /// <summary>The refusals of <paramref name="password"/> for <paramref name="userName"/>, added to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public static FieldErrors Password(this FieldErrors errors, string field, string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password))
        {
            return errors.Add(field, ProblemCodes.Required);
        }
        if (password.Length > Limits.PasswordLength)
        {
            return errors.Add(field, ProblemCodes.TooLong, ("max", Limits.PasswordLength), ("length", password.Length));
        }
        if (password.Length < Limits.MinPasswordLength)
        {
            return errors.Add(field, ProblemCodes.PasswordTooShort, ("min", Limits.MinPasswordLength));
        }
        if (userName is not null && password.Trim().Equals(userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return errors.Add(field, ProblemCodes.PasswordIsUserName);
        }
        return errors.AddIf(Common.Contains(password.Trim()) || IsOneCharacter(password), field, ProblemCodes.PasswordTooCommon);
    }

    private static bool IsOneCharacter(string password) => password.Distinct().Count() == 1;
}
