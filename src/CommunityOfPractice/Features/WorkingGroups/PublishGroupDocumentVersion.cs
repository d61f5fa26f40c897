using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// The chair of a group in its term, or a coordinator with two-factor sign-in, publishes the next version of one of the group's documents,
/// numbered against the earlier ones as a standard's versions are (<see cref="PublishStandardVersion"/>).
/// </summary>
internal sealed class PublishGroupDocumentVersion(CommunityDbContext db, WorkingGroupAccess access, GroupDesk desk, PublishStandardVersion publish)
{
    public async Task<CommandResult<StandardVersion>> HandleAsync(Actor actor, int groupId, int documentId, string body, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await GroupDocumentRules.OpenAsync(db, access, desk, actor, groupId, cancellationToken);
        return group is null
            ? CommandResult<StandardVersion>.Failure([refusal!])
            : await publish.PublishAsync(actor, documentId, group.Id, body ?? "", cancellationToken);
    }
}
