using System.Globalization;
using OrderMatch.LoadTest;

// Load on the real host over loopback: `intake` posts orders for a while from many connections and checks every
// accepted one is stored; `pollers` has 50 coordinators poll a tier M run's progress while it solves. Each starts the
// host in this process against a fresh database on the configured PostgreSQL and drops it afterwards.
//   dotnet run -c Release --project tools/OrderMatch.LoadTest -- intake [--seconds 60] [--connections 32]
//   dotnet run -c Release --project tools/OrderMatch.LoadTest -- pollers [--pollers 50] [--time-limit 60]
var command = args.FirstOrDefault() ?? "";
int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

return command switch
{
    "intake" => await IntakeLoad.RunAsync(Option("--seconds", 60), Option("--connections", 32)),
    "pollers" => await PollerLoad.RunAsync(Option("--pollers", 50), Option("--time-limit", 60)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: OrderMatch.LoadTest intake [--seconds N] [--connections N] | pollers [--pollers N] [--time-limit SEC]");
    return 2;
}
