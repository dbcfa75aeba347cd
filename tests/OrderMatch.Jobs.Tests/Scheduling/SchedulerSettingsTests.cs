using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

public sealed class SchedulerSettingsTests
{
    private static readonly SchedulerSettings Valid = new() { ConnectionString = "Host=127.0.0.1;Database=ordermatch" };

    public static TheoryData<string, SchedulerSettings> InvalidSettings => new()
    {
        { "ConnectionString", Valid with { ConnectionString = " " } },
        { "InstanceName", Valid with { InstanceName = "" } },
        { "InstanceId", Valid with { InstanceId = "" } },
        { "InstanceId", Valid with { InstanceId = " worker-1" } },
        { "InstanceId", Valid with { InstanceId = "AUTO" } },
        { "MaxConcurrency", Valid with { MaxConcurrency = 0 } },
        { "ClusterCheckinInterval", Valid with { ClusterCheckinInterval = TimeSpan.Zero } },
        { "ClusterCheckinMisfireThreshold", Valid with { ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(-1) } },
        { "MisfireThreshold", Valid with { MisfireThreshold = TimeSpan.FromMilliseconds(500) } },
        { "IdleWaitTime", Valid with { IdleWaitTime = TimeSpan.FromMilliseconds(10) } },
        { "TablePrefix", Valid with { TablePrefix = "quartz. qrtz_" } },
    };

    [Fact]
    public void Defaults_are_one_job_at_a_time_with_quick_check_ins_under_the_quartz_schema()
    {
        var settings = new SchedulerSettings();

        Assert.Equal("OrderMatch", settings.InstanceName);
        Assert.Null(settings.InstanceId);
        Assert.Equal(1, settings.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.ClusterCheckinInterval);
        Assert.Equal("quartz.qrtz_", settings.TablePrefix);
        Valid.Validate();
    }

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Invalid_setting_is_named_in_the_exception(string setting, SchedulerSettings settings)
    {
        var error = Assert.Throws<SchedulerSettingsException>(settings.Validate);

        Assert.Equal($"Scheduler:{setting}", error.Setting);
        Assert.StartsWith($"Scheduler:{setting} ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_refuses_invalid_settings_before_anything_is_registered()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<SchedulerSettingsException>(() => services.AddOrderMatchScheduler(Valid with { MaxConcurrency = -2 }));

        Assert.Equal("Scheduler:MaxConcurrency", error.Setting);
        Assert.Empty(services);
    }

    [Fact]
    public void Settings_bind_from_the_scheduler_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Scheduler:ConnectionString"] = "Host=db;Database=om",
                ["Scheduler:InstanceName"] = "OrderMatch-staging",
                ["Scheduler:InstanceId"] = "worker-3",
                ["Scheduler:MaxConcurrency"] = "2",
                ["Scheduler:ClusterCheckinInterval"] = "00:00:05",
                ["Scheduler:ClusterCheckinMisfireThreshold"] = "00:00:20",
                ["Scheduler:MisfireThreshold"] = "00:02:00",
                ["Scheduler:IdleWaitTime"] = "00:00:03",
                ["Scheduler:TablePrefix"] = "jobs.qrtz_",
            })
            .Build();

        var settings = SchedulerSettings.FromConfiguration(configuration);

        Assert.Equal(
            new SchedulerSettings
            {
                ConnectionString = "Host=db;Database=om",
                InstanceName = "OrderMatch-staging",
                InstanceId = "worker-3",
                MaxConcurrency = 2,
                ClusterCheckinInterval = TimeSpan.FromSeconds(5),
                ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(20),
                MisfireThreshold = TimeSpan.FromMinutes(2),
                IdleWaitTime = TimeSpan.FromSeconds(3),
                TablePrefix = "jobs.qrtz_",
            },
            settings);
    }

    [Fact]
    public void Missing_section_binds_to_the_defaults()
    {
        var settings = SchedulerSettings.FromConfiguration(new ConfigurationBuilder().Build());

        Assert.Equal(new SchedulerSettings(), settings);
    }
}
