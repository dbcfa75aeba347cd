namespace OrderMatch.Domain.Generation;

/// <summary>Kinds of training providers, which set their names, breadth, size and typical quality.</summary>
internal enum InstitutionKind
{
    /// <summary>技师学院: broad, large, mostly excellent.</summary>
    TechnicianCollege,

    /// <summary>技工学校.</summary>
    TechnicalSchool,

    /// <summary>中等职业学校 / 职业技术学校.</summary>
    VocationalSchool,

    /// <summary>Private 职业培训学校: narrow and small.</summary>
    TrainingSchool,

    /// <summary>职业技能培训中心.</summary>
    TrainingCentre,
}
