namespace CommunityOfPractice.Features.Practices;

internal enum ThemeChange
{
    Save,
    Up,
    Down,
    Retire,
    Restore,
}
