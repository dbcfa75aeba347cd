namespace OrderMatch.Data.Users;

/// <summary>A user or token could not be written; <see cref="Code"/> says why in a machine-readable way.</summary>
public sealed class UserStoreException : Exception
{
    public UserStoreException(string code, string message, Exception? inner = null) : base(message, inner)
    {
        Code = code;
    }

    public UserStoreException()
    {
        Code = "unknown";
    }

    public UserStoreException(string message) : base(message)
    {
        Code = "unknown";
    }

    public UserStoreException(string message, Exception innerException) : base(message, innerException)
    {
        Code = "unknown";
    }

    /// <summary>duplicate-login, binding, unknown-enterprise, unknown-institution, unknown-region or unknown-user.</summary>
    public string Code { get; }
}
