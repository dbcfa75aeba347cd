using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OrderMatch.Data.Users;
using OrderMatch.Web.Hosting;
using OrderMatch.Web.Problems;

namespace OrderMatch.Web.Auth;

/// <summary>
/// Checks a login and password: unknown logins and wrong passwords look the same to the caller; a locked account is
/// refused even with the right password; the <see cref="AuthSettings.MaxFailedLogins"/>-th wrong password in a row
/// locks it for <see cref="AuthSettings.Lockout"/>.
/// </summary>
public sealed class PasswordSignIn(UserStore users, AuthSettings settings, TimeProvider time, ILogger<PasswordSignIn> logger)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>A v3 hash of a random password, verified when the login is unknown so that both cases take as long.</summary>
    private static readonly string DecoyHash = PasswordHashes.Hash(Guid.NewGuid().ToString("N"));

    public async Task<(UserAccount? User, ProblemHttpResult? Problem)> CheckAsync(string login, string password,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByLoginAsync(login, cancellationToken);
        if (user?.PasswordHash is not { } hash)
        {
            PasswordHashes.Verify(DecoyHash, password);
            return (null, WrongCredentials());
        }

        if (user.IsLockedAt(time.GetUtcNow()))
        {
            return (null, Locked(user.LockedUntil!.Value));
        }

        if (Hasher.VerifyHashedPassword(user, hash, password) == PasswordVerificationResult.Failed)
        {
            var lockedUntil = await users.RecordFailedLoginAsync(user.Id, settings.MaxFailedLogins, settings.Lockout, cancellationToken);
            if (lockedUntil is { } until)
            {
                Log.AccountLocked(logger, user.Login, until);
                return (null, Locked(until));
            }

            return (null, WrongCredentials());
        }

        await users.RecordSuccessfulLoginAsync(user.Id, cancellationToken);
        return (user, null);
    }

    private static ProblemHttpResult WrongCredentials() =>
        ProblemResults.Problem(StatusCodes.Status401Unauthorized, "sign-in failed", "the login or the password is wrong", "credentials");

    private ProblemHttpResult Locked(DateTimeOffset until) =>
        ProblemResults.Problem(StatusCodes.Status423Locked, "account locked",
            $"after {settings.MaxFailedLogins} wrong passwords in a row the account is locked until {until:u}", "lockout");
}
