namespace CommunityOfPractice.Data;

/// <summary>The folder the embedded profile keeps its database, mail and uploads in.</summary>
internal sealed class DataFolder
{
    public DataFolder(string path)
    {
        Root = Path.GetFullPath(path);
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Mail);
        Directory.CreateDirectory(Uploads);
    }

    public string Root { get; }
    public string Mail => Path.Combine(Root, "mail");
    public string Uploads => Path.Combine(Root, "uploads");
}
