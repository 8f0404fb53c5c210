using System.Security.Cryptography;

namespace EcoGov.Data.Users;

/// <summary>
/// Password storage: PBKDF2-HMAC-SHA256 (RFC 8018), 210,000 iterations (OWASP 2023), 16-byte salt,
/// stored as "pbkdf2-sha256$iterations$salt$hash" (base64).
/// </summary>
public static class PasswordHashing
{
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string Scheme = "pbkdf2-sha256";

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string stored) => TryParse(stored, out var parsed) && Matches(password, parsed);

    /// <summary>
    /// Verifies a sign-in whose user may not exist, in the same time either way: with no stored hash (no such user) or a
    /// malformed one, the password is checked against a dummy hash of the same cost and the answer is false. Without
    /// this, an unknown user name is answered in microseconds and a real one after a full PBKDF2, so user names could
    /// be found by timing.
    /// </summary>
    public static bool VerifyOrDummy(string password, string? stored)
    {
        if (stored is not null && TryParse(stored, out var parsed)) return Matches(password, parsed);
        Matches(password, DummyHash.Value);
        return false;
    }

    /// <summary>The cost of a stored hash (iterations, salt and hash lengths in bytes), or null when it is malformed.</summary>
    public static (int Iterations, int SaltBytes, int HashBytes)? Cost(string stored) =>
        TryParse(stored, out var p) ? (p.Iterations, p.Salt.Length, p.Expected.Length) : null;

    /// <summary>The cost of the dummy hash <see cref="VerifyOrDummy"/> checks against (a random password, hashed once per process).</summary>
    public static (int Iterations, int SaltBytes, int HashBytes) DummyCost => Cost(DummyText.Value)!.Value;

    private static readonly Lazy<string> DummyText = new(() => Hash(Generate()));
    private static readonly Lazy<Parsed> DummyHash = new(() => TryParse(DummyText.Value, out var p) ? p : throw new InvalidOperationException("dummy hash"));

    private sealed record Parsed(int Iterations, byte[] Salt, byte[] Expected);

    private static bool TryParse(string stored, out Parsed parsed)
    {
        parsed = null!;
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out var iterations) || iterations < 1) return false;
        try
        {
            parsed = new Parsed(iterations, Convert.FromBase64String(parts[2]), Convert.FromBase64String(parts[3]));
        }
        catch (FormatException)
        {
            return false;
        }
        return parsed.Expected.Length > 0;
    }

    private static bool Matches(string password, Parsed p)
    {
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, p.Salt, p.Iterations, HashAlgorithmName.SHA256, p.Expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, p.Expected);
    }

    /// <summary>A random password of 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I).</summary>
    public static string Generate()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }
}
