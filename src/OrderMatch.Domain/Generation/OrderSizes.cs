using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Trainees per order by enterprise size — micro 1–5 and small 2–8 (only a pooled class can serve them), medium
/// 8–30, large 20–60 — then medium and large orders are scaled so the total approaches the tier's target.
/// </summary>
internal static class OrderSizes
{
    public static int Draw(SeededRandom random, EnterpriseSize size) => size switch
    {
        EnterpriseSize.Micro => random.Between(1, 5),
        EnterpriseSize.Small => random.Between(2, 8),
        EnterpriseSize.Medium => random.Between(8, 30),
        _ => random.Between(20, 60),
    };

    public static void Calibrate(int[] trainees, IReadOnlyList<EnterpriseSize> sizes, int target)
    {
        var small = 0;
        var big = 0;
        for (var i = 0; i < trainees.Length; i++)
        {
            if (IsSme(sizes[i]))
            {
                small += trainees[i];
            }
            else
            {
                big += trainees[i];
            }
        }

        if (big == 0)
        {
            return;
        }

        var factor = Math.Clamp((target - small) / (double)big, 0.3, 3.0);
        for (var i = 0; i < trainees.Length; i++)
        {
            if (!IsSme(sizes[i]))
            {
                trainees[i] = Math.Max(6, (int)Math.Round(trainees[i] * factor));
            }
        }
    }

    public static bool IsSme(EnterpriseSize size) => size is EnterpriseSize.Micro or EnterpriseSize.Small;
}
