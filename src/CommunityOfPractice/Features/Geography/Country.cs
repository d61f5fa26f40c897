namespace CommunityOfPractice.Features.Geography;

internal sealed record Country(string Code, WhoRegion Region, string NameEn, string NameFr, string NameEs)
{
    public string Name(string language) => language switch
    {
        "fr" => NameFr,
        "es" => NameEs,
        _ => NameEn,
    };
}
