namespace CommunityOfPractice.Features.Practices;

public enum ThemeChange
{
    Save,
    Up,
    Down,
    Retire,
    Restore,
}
