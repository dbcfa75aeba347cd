namespace OrderMatch.Domain.Model;

/// <summary>Third-party quality rating: 优秀 / 良好 / 合格 / 不合格.</summary>
public enum Grade
{
    Excellent,
    Good,
    Pass,
    Fail,
}
