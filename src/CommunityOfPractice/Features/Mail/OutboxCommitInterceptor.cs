using System.Data.Common;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityOfPractice.Features.Mail;

/// <summary>Asks for the outbox to be sent once the transaction that wrote a mail into it has committed.</summary>
internal sealed class OutboxCommitInterceptor(IMailDispatch dispatch) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Dispatch(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Dispatch(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void Dispatch(TransactionEndEventData eventData)
    {
        if (eventData.Context is CommunityDbContext { OutboxWaitsForCommit: true } db)
        {
            db.OutboxWaitsForCommit = false;
            dispatch.SendSoon();
        }
    }

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is CommunityDbContext db)
        {
            db.OutboxWaitsForCommit = false;
        }
    }
}
