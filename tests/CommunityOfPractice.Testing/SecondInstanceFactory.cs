namespace CommunityOfPractice.Testing;

/// <summary>Another instance of the app on the same data folder and database, as a second node or a restart would be.</summary>
public sealed class SecondInstanceFactory(CommunityAppFactory first) : CommunityAppFactory(first.DataDirectory, ownsDataDirectory: false, first.PostgreSqlConnection);
