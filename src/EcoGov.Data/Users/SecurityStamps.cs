namespace EcoGov.Data.Users;

/// <summary>安全戳 security stamps: random, URL-safe, 32 characters.</summary>
public static class SecurityStamps
{
    public static string New() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
