using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace EcoGov.Web;

/// <summary>
/// Holds an uploaded layer file between the preview of its column roles and the confirmed import (图层导入, issue 11
/// item 1): in memory only, for <see cref="Lifetime"/>, at most <see cref="Capacity"/> bytes in all (the oldest give
/// way), under a random token bound to the user who uploaded it. Nothing is written to disk or to the database before
/// the import is confirmed.
/// </summary>
public sealed class LayerUploadStash : IDisposable
{
    /// <summary>How long a preview may wait for its confirmation.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>Bytes held in all: three uploads of the largest size.</summary>
    public const long Capacity = 3 * ZoningWeb.MaxLayerUploadBytes;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>One held upload.</summary>
    public sealed record Upload(string FileName, byte[] Content);

    /// <summary>Keeps the file for <paramref name="user"/>; returns its token (32 hex digits).</summary>
    public string Put(string user, string fileName, byte[] content)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        cache.Set(Key(user, token), new Upload(fileName, content), new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, content.LongLength),
            AbsoluteExpirationRelativeToNow = Lifetime,
        });
        return token;
    }

    /// <summary>The file <paramref name="user"/> uploaded under the token, or null (unknown, expired, or another user's).</summary>
    public Upload? Get(string user, string? token) =>
        token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower) && cache.TryGetValue(Key(user, token), out Upload? u) ? u : null;

    /// <summary>Forgets the file once it has been imported.</summary>
    public void Remove(string user, string token) => cache.Remove(Key(user, token));

    private static string Key(string user, string token) => user + "\n" + token;

    public void Dispose() => cache.Dispose();
}
