namespace CommunityOfPractice.IntegrationTests.Hosting;

/// <summary>One app host shared by every test class in the collection.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<CommunityAppFactory>
{
    public const string Name = "app";
}
