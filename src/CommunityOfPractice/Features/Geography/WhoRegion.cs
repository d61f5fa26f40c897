namespace CommunityOfPractice.Features.Geography;

/// <summary>The six WHO regions; a member's region follows from their country.</summary>
public enum WhoRegion
{
    /// <summary>AFR.</summary>
    Africa,
    /// <summary>AMR.</summary>
    Americas,
    /// <summary>SEAR.</summary>
    SouthEastAsia,
    /// <summary>EUR.</summary>
    Europe,
    /// <summary>EMR.</summary>
    EasternMediterranean,
    /// <summary>WPR.</summary>
    WesternPacific,
}
