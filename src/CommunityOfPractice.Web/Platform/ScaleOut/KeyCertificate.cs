using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CommunityOfPractice.Web.Platform.ScaleOut;

/// <summary>
/// The certificate that encrypts the keys the scale-out profile keeps in Redis (<c>DataProtection:Certificate:Path</c>,
/// a PKCS#12 file with its private key, and <c>DataProtection:Certificate:Password</c>): the data-protection key ring
/// (cookies, antiforgery) and the API's token signing and encryption keys. Without one, whoever reads Redis can forge
/// a session; with one, they also need the certificate's private key, which stays on the nodes.
/// </summary>
internal static class KeyCertificate
{
    private const string Sealed = "sealed:v1:";

    public static X509Certificate2? Load(IConfiguration configuration)
    {
        if (configuration["DataProtection:Certificate:Path"] is not { Length: > 0 } path)
        {
            return null;
        }
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:Certificate:Password"], X509KeyStorageFlags.EphemeralKeySet);
        if (certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"DataProtection:Certificate:Path ({path}) must hold an RSA certificate with its private key.");
        }
        return certificate;
    }

    public static bool IsSealed(string value) => value.StartsWith(Sealed, StringComparison.Ordinal);

    /// <summary>AES-256-GCM under a fresh key, that key wrapped with the certificate's RSA key (OAEP, SHA-256).</summary>
    public static string Seal(X509Certificate2 certificate, string plain)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var bytes = Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[bytes.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Encrypt(nonce, bytes, cipher, tag);
        }
        using var rsa = certificate.GetRSAPublicKey()!;
        var wrapped = rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA256);
        return Sealed + string.Join(':', new[] { wrapped, nonce, tag, cipher }.Select(Convert.ToBase64String));
    }

    public static string Open(X509Certificate2 certificate, string sealedValue)
    {
        var parts = sealedValue[Sealed.Length..].Split(':').Select(Convert.FromBase64String).ToArray();
        using var rsa = certificate.GetRSAPrivateKey()!;
        var key = rsa.Decrypt(parts[0], RSAEncryptionPadding.OaepSHA256);
        var plain = new byte[parts[3].Length];
        using (var aes = new AesGcm(key, parts[2].Length))
        {
            aes.Decrypt(parts[1], parts[3], parts[2], plain);
        }
        return Encoding.UTF8.GetString(plain);
    }
}
