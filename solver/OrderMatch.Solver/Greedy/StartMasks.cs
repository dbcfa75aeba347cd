using System.Numerics;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Greedy;

/// <summary>
/// For one order, the starts (pattern, week) it may join, and which of them each resource still admits, as bit masks.
/// What the ledger checks splits by resource — a trainer's free slots, weekly cap and unavailability; a room's free
/// slots and its base's opening; an institution's weekly class limit (H16) — so a (site, trainer) pair admits exactly
/// the starts its three masks share, and each mask is worked out once per resource, however many pairs use it.
/// </summary>
internal sealed class StartMasks
{
    private readonly ResourceLedger _ledger;
    private readonly int _horizonWeeks;
    private readonly (int Week, int Count)[][] _weeks;
    private readonly Dictionary<string, ulong[]> _trainers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong[]> _rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong[]> _institutions = new(StringComparer.Ordinal);

    public StartMasks(FcfsSpace fcfs, int order, int weeks, ResourceLedger ledger)
    {
        _ledger = ledger;
        _horizonWeeks = weeks;
        var space = fcfs.Space;
        for (var p = 0; p < space.Patterns.Count; p++)
        {
            for (var w = 1; w <= weeks; w++)
            {
                if (space.Sessions[p, w] is { } sessions && space.Fits[order][p, w])
                {
                    Starts.Add((p, w, sessions));
                }
            }
        }

        _weeks = [.. Starts.Select(s => fcfs.Weeks(s.Pattern, s.Week))];
    }

    /// <summary>The starts in the order they are tried: by pattern, then start week.</summary>
    public List<(int Pattern, int Week, IReadOnlyList<Session> Sessions)> Starts { get; } = [];

    /// <summary>The starts the site's room and institution admit, or null when there are none.</summary>
    public ulong[]? Site(SiteOption site)
    {
        // The institution's weekly limit is the cheapest to check and, as the plan fills, the one that binds first.
        if (!_institutions.TryGetValue(site.Institution.Id, out var institution))
        {
            var full = new bool[_horizonWeeks + 1];
            for (var w = 1; w <= _horizonWeeks; w++)
            {
                full[w] = _ledger.InstitutionClasses(site.Institution.Id, w) >= site.Institution.MaxConcurrentClasses;
            }

            institution = Cached(_institutions, site.Institution.Id, i => _weeks[i].All(w => !full[w.Week]));
        }

        if (institution.All(k => k == 0))
        {
            return null;
        }

        var room = Cached(_rooms, site.Room.Room.Id, i =>
            CandidateGenerator.BaseOpen(site, Starts[i].Sessions) && !Starts[i].Sessions.Any(s => _ledger.RoomBusy(site.Room.Room.Id, s)));
        var both = new ulong[room.Length];
        var any = false;
        for (var k = 0; k < both.Length; k++)
        {
            both[k] = room[k] & institution[k];
            any |= both[k] != 0;
        }

        return any ? both : null;
    }

    /// <summary>The first start both the site (its mask from <see cref="Site"/>) and the trainer admit, or −1.</summary>
    public int First(ulong[] site, Trainer trainer)
    {
        var mask = Cached(_trainers, trainer.Id, i => CandidateGenerator.TrainerAvailable(trainer, Starts[i].Sessions)
            && !Starts[i].Sessions.Any(s => _ledger.TrainerBusy(trainer.Id, s))
            && _weeks[i].All(w => _ledger.TrainerSessions(trainer.Id, w.Week) + w.Count <= trainer.MaxSessionsPerWeek));
        for (var k = 0; k < site.Length; k++)
        {
            var both = site[k] & mask[k];
            if (both != 0)
            {
                return (k * 64) + BitOperations.TrailingZeroCount(both);
            }
        }

        return -1;
    }

    private ulong[] Cached(Dictionary<string, ulong[]> cache, string key, Func<int, bool> admits)
    {
        if (!cache.TryGetValue(key, out var mask))
        {
            mask = new ulong[(Starts.Count + 63) / 64];
            for (var i = 0; i < Starts.Count; i++)
            {
                if (admits(i))
                {
                    mask[i / 64] |= 1UL << (i % 64);
                }
            }

            cache[key] = mask;
        }

        return mask;
    }
}
