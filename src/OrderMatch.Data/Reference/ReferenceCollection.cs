namespace OrderMatch.Data.Reference;

/// <summary>The reference data collections of FORMAT.md §2, each named as in a scenario document.</summary>
public enum ReferenceCollection
{
    Regions,
    Enterprises,
    Courses,
    Institutions,
    Trainers,
    Bases,
}
