namespace CommunityOfPractice.Features.Debates;

/// <summary>How a room's window is widened: by a page of earlier threads, or of later ones.</summary>
internal enum RoomMove
{
    None,
    Earlier,
    Later,
}
