using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

public sealed class SealedKeysTests
{
    [Fact]
    public async Task With_a_certificate_the_keys_kept_in_Redis_are_encrypted_and_sign_in_still_works()
    {
        var folder = Directory.CreateTempSubdirectory("cop-certificate-").FullName;
        var path = Path.Combine(folder, "keys.pfx");
        const string password = "a certificate password";
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Community keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, password));
        }
        var prefix = "sealed" + Guid.NewGuid().ToString("N")[..8];
        await using var app = new SealedKeysNode(prefix, path, password);
        var member = await app.CreatePersonAsync("Sealed Keys Member", Roles.Member);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/profile")).Status);

        var redis = app.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        var ring = (await redis.ListRangeAsync($"{prefix}:data-protection-keys")).Select(v => v.ToString()).ToList();
        Assert.NotEmpty(ring);
        Assert.All(ring, key =>
        {
            Assert.Contains("EncryptedData", key);
            Assert.DoesNotContain("unencrypted form", key);
        });
        foreach (var name in new[] { "api-signing.pem", "api-encryption.key" })
        {
            var stored = (await redis.StringGetAsync($"{prefix}:{name}")).ToString();
            Assert.StartsWith("sealed:v1:", stored);
            Assert.DoesNotContain("PRIVATE KEY", stored);
        }
        Directory.Delete(folder, recursive: true);
    }
}
