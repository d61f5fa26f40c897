using Microsoft.Extensions.Options;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>
/// Typed settings: each class is bound to one configuration section and checked, by its data annotations, when the
/// app starts and before it touches the database. A wrong value, or a key the section does not have (a typo), stops
/// the app with a message that names the key: "RateLimits:FormPostsPerMinute must be a whole number from 1 to
/// 1000000; it is 0."
/// </summary>
internal static class SectionSettings
{
    /// <summary>Registers <typeparamref name="T"/>, bound to <paramref name="section"/> and validated at start-up.</summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(provider => new SectionValidator<T>(provider.GetRequiredService<IConfiguration>(), section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>
    /// The same, and the value read and checked now: for a choice made while services are registered (which database,
    /// whether there is a Redis to connect to).
    /// </summary>
    public static T AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class, new()
    {
        services.AddSettings<T>(section);
        var value = configuration.GetSection(section).Get<T>() ?? new T();
        if (new SectionValidator<T>(configuration, section).Validate(Options.DefaultName, value) is { Failed: true } result)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(T), result.Failures);
        }
        return value;
    }

    /// <summary>Checks every registered setting now (the start-up check), so a wrong value stops the app before it migrates anything.</summary>
    public static void ValidateSettings(this IServiceProvider services) =>
        services.GetService<IStartupValidator>()?.Validate();
}
