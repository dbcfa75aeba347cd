using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>
/// Classes of <c>pinned</c> and <c>previousPlan</c> reference a known course, institution, trainer, room and orders.
/// Whether such a class is feasible is the plan checker's concern (H1–H17).
/// </summary>
internal static class ClassReferenceRules
{
    public static void Check(ValidationContext context)
    {
        Classes(context, context.Scenario.Pinned, SourceMap.Pinned);
        Classes(context, context.Scenario.PreviousPlan?.Classes ?? [], SourceMap.PreviousClasses);
    }

    private static void Classes(ValidationContext context, IReadOnlyList<PlanClass> classes, string collection)
    {
        for (var k = 0; k < classes.Count; k++)
        {
            var planClass = classes[k];
            var path = context.Item(collection, k);
            var index = context.Index;
            context.Known(index.Courses, SourceMap.Courses, planClass.Course, $"{path}.course", "course", "course");
            context.Known(index.Institutions, SourceMap.Institutions, planClass.Institution, $"{path}.institution", "institution", "institution");
            context.Known(index.Trainers, SourceMap.Trainers, planClass.Trainer, $"{path}.trainer", "trainer", "trainer");
            context.KnownRoom(planClass.Room, $"{path}.room", "room");
            for (var e = 0; e < planClass.Enrollments.Count; e++)
            {
                context.Known(index.Orders, SourceMap.Orders, planClass.Enrollments[e].Order, $"{path}.enrollments[{e}].order", "order", "order");
            }
        }
    }
}
