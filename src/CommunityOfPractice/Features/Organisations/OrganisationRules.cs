using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>What an application for an organisation must hold, checked before anything is written.</summary>
internal static class OrganisationRules
{
    public const int NameMax = 200;
    public const int WebsiteMax = 300;
    public const int TextMax = 4000;

    public static List<FieldError> Validate(OrganisationCommand command)
    {
        var errors = new List<FieldError>();
        var name = command.Name?.Trim() ?? "";
        if (OrganisationName.Fold(name).Length == 0)
        {
            errors.Add(new(nameof(command.Name), "Give the organisation's name."));
        }
        else if (name.Length > NameMax)
        {
            errors.Add(new(nameof(command.Name), "The name must be at most {0} characters.", NameMax));
        }
        if (command.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new(nameof(command.Kind), "Choose the kind of organisation."));
        }
        if (CountryCatalog.Find(command.CountryCode?.Trim().ToUpperInvariant()) is null)
        {
            errors.Add(new(nameof(command.CountryCode), "Choose the organisation's country."));
        }
        if (!IsWebsite(command.Website))
        {
            errors.Add(new(nameof(command.Website), "Enter the organisation's website, starting with http:// or https://."));
        }
        if ((command.NcdAreas & ~AllAreas) != 0)
        {
            errors.Add(new(nameof(command.NcdAreas), "Choose NCD areas from the list."));
        }
        if (AdhesionLetter.Validate(command.Letter ?? []) is { } letterError)
        {
            errors.Add(letterError);
        }
        return errors;
    }

    /// <summary>An absolute http or https address with a host: nothing else becomes a link in the directory.</summary>
    public static bool IsWebsite(string? website) =>
        website is { Length: > 0 and <= WebsiteMax }
        && Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    private static NcdAreas AllAreas => Enum.GetValues<NcdAreas>().Aggregate(NcdAreas.None, (all, area) => all | area);
}
