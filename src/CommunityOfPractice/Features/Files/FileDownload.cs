namespace CommunityOfPractice.Features.Files;

/// <summary>A stored file on its way to a reader, with the type and name it is offered under; the receiver disposes <see cref="Content"/>.</summary>
internal sealed record FileDownload(Stream Content, string ContentType, string FileName);
