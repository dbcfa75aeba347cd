namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>Polls a condition until it holds, failing after a timeout; never a fixed sleep standing in for one.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout} for: {what}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
