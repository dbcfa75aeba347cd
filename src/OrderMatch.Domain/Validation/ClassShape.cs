using System.Text.Json;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// Pass 1 for a class (FORMAT.md §5). In a plan every field is required; a class given in a scenario's
/// <c>pinned</c> or <c>previousPlan</c> may leave out <c>sessions</c>, which the session rule derives.
/// </summary>
internal sealed class ClassShape(JsonShape shape, bool sessionsRequired)
{
    public void Class(JsonElement planClass, string path)
    {
        shape.String(planClass, path, "id");
        shape.String(planClass, path, "course");
        shape.String(planClass, path, "institution");
        shape.String(planClass, path, "trainer");
        shape.String(planClass, path, "room");
        shape.Integer(planClass, path, "startWeek");
        shape.StringList(planClass, path, "pattern");
        shape.ObjectList(planClass, path, "sessions", sessionsRequired ? Presence.Required : Presence.Optional, (session, sessionPath) =>
        {
            shape.Date(session, sessionPath, "date");
            shape.String(session, sessionPath, "period");
        });
        shape.ObjectList(planClass, path, "enrollments", Presence.Required, (enrollment, enrollmentPath) =>
        {
            shape.String(enrollment, enrollmentPath, "order");
            shape.Integer(enrollment, enrollmentPath, "trainees");
        });
    }
}
