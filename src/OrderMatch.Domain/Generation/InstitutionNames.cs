using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>Chinese institution names built from the region's name and word lists, unique within a scenario.</summary>
internal static class InstitutionNames
{
    private static readonly string[] VocationalSuffixes = ["职业技术学校", "中等专业学校", "职业教育中心"];

    /// <summary>A fresh name; a school kind whose names run out in a region becomes a private training school.</summary>
    public static (string Name, InstitutionKind Kind) Unique(
        SeededRandom random, Region region, RegionSeed seed, InstitutionKind kind, HashSet<string> used)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var actual = attempt < 12 ? kind : InstitutionKind.TrainingSchool;
            var name = Make(random, region, seed, actual);
            if (!used.Contains(name))
            {
                return (name, actual);
            }
        }

        return ($"{region.Name}{random.Brand()}{random.Brand()}职业培训学校", InstitutionKind.TrainingSchool);
    }

    private static string Make(SeededRandom random, Region region, RegionSeed seed, InstitutionKind kind) => kind switch
    {
        InstitutionKind.TechnicianCollege => $"{seed.ShortName}{random.Pick(ChineseNames.SchoolSpecialties)}技师学院",
        InstitutionKind.TechnicalSchool => $"{seed.ShortName}{random.Pick(ChineseNames.SchoolSpecialties)}技工学校",
        InstitutionKind.VocationalSchool => $"{region.Name}{random.Pick(ChineseNames.SchoolSpecialties)}{random.Pick(VocationalSuffixes)}",
        InstitutionKind.TrainingCentre => $"{region.Name}{random.Brand()}职业技能培训中心",
        _ => $"{region.Name}{random.Brand()}职业培训学校",
    };
}
