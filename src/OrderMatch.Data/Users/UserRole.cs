namespace OrderMatch.Data.Users;

/// <summary>
/// What a user may do: an enterprise orders training for itself; a coordinator handles the orders of the enterprises
/// in its regions and runs the planning; an institution sees the training it delivers; an admin does everything.
/// </summary>
public enum UserRole
{
    Enterprise,
    Coordinator,
    Institution,
    Admin,
}
