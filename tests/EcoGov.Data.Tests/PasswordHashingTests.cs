using EcoGov.Data.Users;

namespace EcoGov.Data.Tests;

public class PasswordHashingTests
{
    [Fact]
    public void A_hash_verifies_its_password_only()
    {
        var h = PasswordHashing.Hash("正确的密码 correct");
        Assert.True(PasswordHashing.Verify("正确的密码 correct", h));
        Assert.False(PasswordHashing.Verify("正确的密码 correct ", h));
        Assert.False(PasswordHashing.Verify("", h));
        Assert.NotEqual(h, PasswordHashing.Hash("正确的密码 correct")); // salted
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("pbkdf2-sha256$0$AA==$AA==")]
    [InlineData("pbkdf2-sha256$1000$not-base64$AA==")]
    [InlineData("md5$1$AA==$AA==")]
    public void A_malformed_stored_hash_never_verifies(string stored) => Assert.False(PasswordHashing.Verify("x", stored));

    [Fact]
    public void Generated_passwords_are_long_and_differ() =>
        Assert.NotEqual(PasswordHashing.Generate(), PasswordHashing.Generate());
}
