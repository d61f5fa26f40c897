using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Webinars;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommunityOfPractice.Data;

internal sealed class CommunityDbContext(DbContextOptions<CommunityDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<MembershipApplication> MembershipApplications => Set<MembershipApplication>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Debate> Debates => Set<Debate>();
    public DbSet<GuidingQuestion> GuidingQuestions => Set<GuidingQuestion>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<HelpfulMark> HelpfulMarks => Set<HelpfulMark>();
    public DbSet<PostFlag> PostFlags => Set<PostFlag>();
    public DbSet<DebateSuspension> DebateSuspensions => Set<DebateSuspension>();
    public DbSet<DebateVisit> DebateVisits => Set<DebateVisit>();
    public DbSet<DebateFollow> DebateFollows => Set<DebateFollow>();
    public DbSet<PostDraft> PostDrafts => Set<PostDraft>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeRevision> PracticeRevisions => Set<PracticeRevision>();
    public DbSet<PracticeReviewNote> PracticeReviewNotes => Set<PracticeReviewNote>();
    public DbSet<PracticeTheme> PracticeThemes => Set<PracticeTheme>();
    public DbSet<PracticeAttachment> PracticeAttachments => Set<PracticeAttachment>();
    public DbSet<Webinar> Webinars => Set<Webinar>();
    public DbSet<WebinarRegistration> WebinarRegistrations => Set<WebinarRegistration>();
    public DbSet<Synthesis> Syntheses => Set<Synthesis>();
    public DbSet<SynthesisVersion> SynthesisVersions => Set<SynthesisVersion>();
    public DbSet<SynthesisComment> SynthesisComments => Set<SynthesisComment>();
    public DbSet<SynthesisEndorsement> SynthesisEndorsements => Set<SynthesisEndorsement>();
    public DbSet<SynthesisExport> SynthesisExports => Set<SynthesisExport>();
    public DbSet<StandardDocument> StandardDocuments => Set<StandardDocument>();
    public DbSet<StandardVersion> StandardVersions => Set<StandardVersion>();
    public DbSet<StandardSection> StandardSections => Set<StandardSection>();
    public DbSet<StandardParagraph> StandardParagraphs => Set<StandardParagraph>();
    public DbSet<ConsultationRound> ConsultationRounds => Set<ConsultationRound>();
    public DbSet<StandardComment> StandardComments => Set<StandardComment>();
    public DbSet<StandardProposal> StandardProposals => Set<StandardProposal>();
    public DbSet<StandardFlag> StandardFlags => Set<StandardFlag>();
    public DbSet<RoundSuspension> RoundSuspensions => Set<RoundSuspension>();
    public DbSet<ProposalSupport> ProposalSupports => Set<ProposalSupport>();
    public DbSet<StandardEndorsement> StandardEndorsements => Set<StandardEndorsement>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationRepresentative> OrganisationRepresentatives => Set<OrganisationRepresentative>();
    public DbSet<IssuedSetupToken> SetupTokens => Set<IssuedSetupToken>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    /// <summary>A mail was put in the outbox inside a transaction: its sending is asked for once that commits.</summary>
    internal bool OutboxWaitsForCommit { get; set; }

    // Version 3 adds the passkeys table; pinning it here keeps design-time and run-time models identical.
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset columns; every instant is UTC, so store ticks,
        // which sort and compare correctly as integers.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else if (Database.IsNpgsql())
        {
            // timestamptz takes UTC only: an instant in a person's time zone (a calendar month, a form's local time)
            // is the same instant in UTC, in values and in query parameters alike.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Each feature configures its own entities: one IEntityTypeConfiguration per entity, in the feature's folder.
        builder.ApplyConfigurationsFromAssembly(typeof(CommunityDbContext).Assembly);
    }
}
