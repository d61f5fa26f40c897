using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// The chair of a group in its term, or a coordinator with two-factor sign-in, adds a document to the group's space: a standard's document and
/// numbered first version (<see cref="CreateStandard"/>), published at once to the group's members and to nobody else.
/// </summary>
internal sealed class CreateGroupDocument(CommunityDbContext db, WorkingGroupAccess access, GroupDesk desk, CreateStandard create)
{
    public async Task<CommandResult<StandardDocument>> HandleAsync(Actor actor, int groupId, StandardCommand command, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await GroupDocumentRules.OpenAsync(db, access, desk, actor, groupId, cancellationToken);
        return group is null
            ? CommandResult<StandardDocument>.Failure([refusal!])
            : await create.CreateAsync(actor, command, group.Id, cancellationToken);
    }
}
