using System.Text.Json;

namespace OrderMatch.Domain.Validation;

/// <summary>Pass 1 for the entities with a location: institutions (with rooms and offers), trainers, bases, enterprises.</summary>
internal sealed class SiteShape(JsonShape shape)
{
    public void Institution(JsonElement institution, string path)
    {
        shape.String(institution, path, "id");
        shape.String(institution, path, "name");
        shape.String(institution, path, "region");
        shape.Object(institution, path, "location", Presence.Required, Location);
        shape.String(institution, path, "email");
        shape.Enum(institution, path, "grade", FormatNames.Grades);
        shape.Integer(institution, path, "creditStars");
        shape.StringList(institution, path, "approvedRegions");
        shape.ObjectList(institution, path, "offers", Presence.Required, (offer, offerPath) =>
        {
            shape.String(offer, offerPath, "course");
            shape.Number(offer, offerPath, "pricePerTrainee");
        });
        shape.Integer(institution, path, "maxConcurrentClasses");
        shape.ObjectList(institution, path, "rooms", Presence.Required, (room, roomPath) => Room(room, roomPath, Presence.Optional));
    }

    public void Trainer(JsonElement trainer, string path)
    {
        shape.String(trainer, path, "id");
        shape.String(trainer, path, "name");
        shape.String(trainer, path, "institution", Presence.RequiredNullable);
        shape.Object(trainer, path, "location", Presence.Required, Location);
        shape.ObjectList(trainer, path, "qualifications", Presence.Required, (qualification, qualificationPath) =>
        {
            shape.String(qualification, qualificationPath, "occupation");
            shape.Integer(qualification, qualificationPath, "maxLevel");
        });
        shape.Integer(trainer, path, "maxSessionsPerWeek");
        shape.Number(trainer, path, "maxTravelKm");
        shape.ObjectList(trainer, path, "unavailable", Presence.Optional, Unavailability);
    }

    public void Base(JsonElement trainingBase, string path)
    {
        shape.String(trainingBase, path, "id");
        shape.String(trainingBase, path, "name");
        shape.String(trainingBase, path, "region");
        shape.Object(trainingBase, path, "location", Presence.Required, Location);
        shape.ObjectList(trainingBase, path, "rooms", Presence.Required, (room, roomPath) => Room(room, roomPath, Presence.Required));
        shape.ObjectList(trainingBase, path, "unavailable", Presence.Optional, Unavailability);
    }

    public void Enterprise(JsonElement enterprise, string path)
    {
        shape.String(enterprise, path, "id");
        shape.String(enterprise, path, "name");
        shape.String(enterprise, path, "region");
        shape.Object(enterprise, path, "location", Presence.Required, Location);
        shape.Enum(enterprise, path, "size", FormatNames.Sizes);
    }

    /// <summary>Rooms of a base must state their fee; an institution's own rooms carry none.</summary>
    private void Room(JsonElement room, string path, Presence fee)
    {
        shape.String(room, path, "id");
        shape.StringList(room, path, "types");
        shape.Integer(room, path, "capacity");
        shape.Number(room, path, "feePerSession", fee);
    }

    private void Location(JsonElement location, string path)
    {
        shape.Number(location, path, "lat");
        shape.Number(location, path, "lon");
    }

    /// <summary>Field types only; which combination of fields is given is a semantic rule.</summary>
    private void Unavailability(JsonElement entry, string path)
    {
        shape.Date(entry, path, "from", Presence.OptionalNullable);
        shape.Date(entry, path, "to", Presence.OptionalNullable);
        shape.Date(entry, path, "date", Presence.OptionalNullable);
        shape.String(entry, path, "period", Presence.OptionalNullable);
    }
}
