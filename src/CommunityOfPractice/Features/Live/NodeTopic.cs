namespace CommunityOfPractice.Features.Live;

/// <summary>
/// One kind of message the nodes of a community tell each other (the scale-out profile), carrying a
/// <typeparamref name="TMessage"/> as JSON. Its name goes over the wire and picks the handlers: each topic has its own.
/// </summary>
internal sealed record NodeTopic<TMessage>(string Name);
