namespace OrderMatch.Domain.Model;

public enum EnterpriseSize
{
    Micro,
    Small,
    Medium,
    Large,
}
