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

/// <summary>Defect 9 (a): a sign-in for a user who does not exist costs the same PBKDF2 as one for a real user.</summary>
[Trait("Category", "Probe")]
public class DummyPasswordHashTests
{
    [Fact]
    public void The_dummy_hash_has_the_cost_of_a_real_one()
    {
        Assert.Equal((210_000, 16, 32), PasswordHashing.Cost(PasswordHashing.Hash("任意 any")));
        Assert.Equal(PasswordHashing.Cost(PasswordHashing.Hash("任意 any")), PasswordHashing.DummyCost);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$1000$AA==$")]
    public void Verify_or_dummy_never_signs_in_without_a_valid_stored_hash(string? stored)
    {
        Assert.False(PasswordHashing.VerifyOrDummy("x", stored));
        Assert.False(PasswordHashing.VerifyOrDummy("", stored));
    }

    [Fact]
    public void Verify_or_dummy_checks_a_real_hash_as_verify_does()
    {
        var h = PasswordHashing.Hash("正确 right");
        Assert.True(PasswordHashing.VerifyOrDummy("正确 right", h));
        Assert.False(PasswordHashing.VerifyOrDummy("错误 wrong", h));
    }
}
