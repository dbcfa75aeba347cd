using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Orders: each enterprise orders at least once, bigger ones more often; courses follow the enterprise's industry;
/// urgent occupations and key groups get higher priority; options (travel limit, price cap, subsidy, after-work
/// slots, indivisible teams) are drawn and relaxed until some institution could serve the order. About 3 % are made
/// unservable on purpose, each for one clear reason.
/// </summary>
internal static class OrderBuilder
{
    private const double UnservableShare = 0.03;
    private static readonly double[] LevelWeights = [4, 3, 2, 0.7, 0.3];
    private static readonly int[] TravelLimits = [15, 20, 30, 40, 50, 80];

    public static void Build(GenerationContext context)
    {
        var random = context.Random;
        var count = context.Size.Orders;
        var enterprises = new Enterprise[count];
        var trainees = new int[count];
        for (var i = 0; i < count; i++)
        {
            enterprises[i] = i < context.Enterprises.Count
                ? context.Enterprises[i]
                : random.PickWeighted(context.Enterprises, e => 1.0 + (int)e.Size);
            trainees[i] = OrderSizes.Draw(random, enterprises[i].Size);
        }

        OrderSizes.Calibrate(trainees, [.. enterprises.Select(e => e.Size)], context.Size.Trainees);
        var unservable = new HashSet<int>();
        var wanted = Math.Max(1, (int)Math.Round(count * UnservableShare));
        while (unservable.Count < wanted)
        {
            unservable.Add(random.Between(0, count - 1));
        }

        var eligibility = new Eligibility(context);
        var kinds = Enum.GetValues<UnservableKind>();
        var made = 0;
        for (var i = 0; i < count; i++)
        {
            var id = Ids.Make("O", i + 1, count);
            var order = unservable.Contains(i)
                ? UnservableOrders.Create(context, eligibility, id, enterprises[i], trainees[i], kinds[made++ % kinds.Length])
                : Servable(context, eligibility, id, enterprises[i], trainees[i]);
            context.Orders.Add(order);
        }
    }

    /// <summary>A course the enterprise's industry needs (sometimes any), lower levels more often.</summary>
    public static Course PickCourse(GenerationContext context, Enterprise enterprise)
    {
        var random = context.Random;
        var industry = context.IndustryOf[enterprise.Id];
        var fitting = context.Courses.Where(c => industry.Occupations.Contains(context.OccupationOf[c.Id].Key)).ToList();
        var pool = fitting.Count > 0 && random.Chance(0.8) ? fitting : context.Courses;
        return random.PickWeighted(pool, c => context.OccupationOf[c.Id].Popularity * LevelWeights[c.Level - 1]);
    }

    private static TrainingOrder Servable(GenerationContext context, Eligibility eligibility, string id, Enterprise enterprise, int trainees)
    {
        var random = context.Random;
        var sme = OrderSizes.IsSme(enterprise.Size);
        for (var attempt = 0; ; attempt++)
        {
            var course = PickCourse(context, enterprise);
            var subsidy = random.Chance(sme ? 0.5 : 0.3);
            double? travel = random.Chance(0.35) ? random.Pick(TravelLimits) * context.Model.TravelScale : null;
            var eligible = eligibility.Eligible(enterprise, course, subsidy, travel).ToList();
            if (eligible.Count == 0 && travel is not null)
            {
                travel = null;
                eligible = [.. eligibility.Eligible(enterprise, course, subsidy, travel)];
            }

            if (eligible.Count == 0 && subsidy)
            {
                subsidy = false;
                eligible = [.. eligibility.Eligible(enterprise, course, subsidy, travel)];
            }

            if (eligible.Count == 0 && attempt < 20)
            {
                continue;
            }

            double? cap = eligible.Count > 0 && random.Chance(0.25)
                ? Math.Ceiling(eligible.Min(e => e.Price) * random.Uniform(1.0, 1.4) / 100) * 100
                : null;
            var (start, end) = OrderWindows.Feasible(context, course.Sessions, course.SessionsPerWeek);
            return Finish(context, id, enterprise, course, trainees, start, end) with
            {
                MaxTravelKm = travel,
                MaxPricePerTrainee = cap,
                RequiresSubsidy = subsidy,
                AllowedSlots = AfterWorkSlots(random, course),
            };
        }
    }

    /// <summary>The parts every order has: window, priority, and whether the enterprise's group may be split.</summary>
    public static TrainingOrder Finish(
        GenerationContext context, string id, Enterprise enterprise, Course course, int trainees, DateOnly start, DateOnly end)
    {
        var random = context.Random;
        var wholeTeam = trainees <= Math.Min(course.MaxSize, 20) && random.Chance(enterprise.Size switch
        {
            EnterpriseSize.Micro or EnterpriseSize.Small => 0.3,
            EnterpriseSize.Medium => 0.1,
            _ => 0.0,
        });
        return new TrainingOrder
        {
            Id = id,
            Enterprise = enterprise.Id,
            Course = course.Id,
            Trainees = trainees,
            EarliestStart = start,
            Deadline = end,
            Priority = Priority(random, context.OccupationOf[course.Id]),
            Splittable = !wholeTeam,
            MinChunk = wholeTeam || trainees < 6 ? 1 : random.Between(1, Math.Min(8, trainees / 2)),
        };
    }

    /// <summary>Urgent occupations (急需紧缺) mostly 3–5; others mostly 2–3; key groups (重点群体) one higher.</summary>
    private static int Priority(SeededRandom random, Occupation occupation)
    {
        var priority = 1 + random.WeightedIndex(occupation.Urgent ? [0, 0.20, 0.45, 0.25, 0.10] : [0.10, 0.45, 0.40, 0.05, 0]);
        return random.Chance(0.08) ? Math.Min(5, priority + 1) : priority;
    }

    /// <summary>Workers in service train after work: evenings and Saturdays, or afternoons and evenings, where the course allows enough days.</summary>
    private static IReadOnlyList<string>? AfterWorkSlots(SeededRandom random, Course course)
    {
        if (!random.Chance(0.15))
        {
            return null;
        }

        var wanted = random.Chance(0.6) ? SlotSets.EveningsAndSaturday : SlotSets.AfternoonsAndEvenings;
        var usable = SlotSets.Intersect(course.AllowedSlots, wanted);
        return SlotSets.DistinctDays(usable) >= course.SessionsPerWeek ? wanted : null;
    }
}
