using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>An institution while it is being generated: offers and room types may still grow.</summary>
internal sealed class InstitutionDraft
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required Region Region { get; init; }
    public required InstitutionKind Kind { get; init; }
    public required Location Location { get; init; }
    public required Grade Grade { get; init; }
    public required int CreditStars { get; init; }
    public required IReadOnlyList<string> ApprovedRegions { get; init; }
    public required int MaxConcurrentClasses { get; init; }
    public List<string> TeachingRoomTypes { get; } = [];
    public List<Offer> Offers { get; } = [];

    public double KindPriceFactor => Kind switch
    {
        InstitutionKind.TechnicianCollege => 1.1,
        InstitutionKind.TechnicalSchool => 1.0,
        InstitutionKind.VocationalSchool => 0.95,
        InstitutionKind.TrainingCentre => 0.95,
        _ => 0.9,
    };

    public Institution ToInstitution(SeededRandom random)
    {
        var rooms = new List<Room>();
        foreach (var type in TeachingRoomTypes)
        {
            var count = Kind == InstitutionKind.TechnicianCollege ? random.Between(2, 3) : random.Between(1, 2);
            for (var n = 1; n <= count; n++)
            {
                rooms.Add(new Room
                {
                    Id = $"{Id}-{RoomTypes.Letter(type)}{n}",
                    Types = [type],
                    Capacity = random.Between(4, 10) * 5,
                });
            }
        }

        return new Institution
        {
            Id = Id,
            Name = Name,
            Region = Region.Id,
            Location = Location,
            Email = $"plan@i{Id[1..]}.example",
            Grade = Grade,
            CreditStars = CreditStars,
            ApprovedRegions = ApprovedRegions,
            Offers = Offers,
            MaxConcurrentClasses = MaxConcurrentClasses,
            Rooms = rooms,
        };
    }
}
