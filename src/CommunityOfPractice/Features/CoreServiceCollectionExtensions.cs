using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Webinars;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Features;

internal static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddMembership(this IServiceCollection services) => services
        .AddScoped<SubmitApplication>()
        .AddScoped<ConfirmApplicationEmail>()
        .AddScoped<ApplicationQueue>()
        .AddScoped<DecideOnApplication>()
        .AddScoped<AnswerInformationRequest>()
        .AddScoped<UpdateProfile>()
        .AddScoped<Mail.MailPreferences>()
        .AddScoped<MemberDirectory>()
        .AddScoped<ExportPersonalData>()
        .AddScoped<DeleteAccount>()
        .AddSingleton<AccountChanges>()
        .AddSingleton<INodeRelay, AccountNodeRelay>()
        .AddScoped<IDemoSeed, MemberSeed>();

    public static IServiceCollection AddDebates(this IServiceCollection services) => services
        .AddSingleton<DebateNotifier>()
        .AddSingleton<INodeRelay, DebateNodeRelay>()
        .AddScoped<DebateAccess>()
        .AddScoped<CreateDebate>()
        .AddScoped<PublishDebate>()
        .AddScoped<ChangeDebateWindow>()
        .AddScoped<PostToDebate>()
        .AddScoped<EditPost>()
        .AddScoped<WithdrawPost>()
        .AddScoped<MarkHelpful>()
        .AddScoped<FlagPost>()
        .AddScoped<ModeratePost>()
        .AddScoped<SuspendFromDebate>()
        .AddScoped<DebateTransitions>()
        .AddScoped<DebateDigest>()
        .AddScoped<DebateRoom>()
        .AddScoped<DebatesOnNow>()
        .AddScoped<FollowDebate>()
        .AddScoped<PostDrafts>()
        .AddScoped<PostQueue>()
        .AddScoped<IReconciler, DebateReconciler>()
        .AddScoped<IDemoSeed, DebateSeed>();

    public static IServiceCollection AddWebinars(this IServiceCollection services) => services
        .AddScoped<CreateWebinar>()
        .AddScoped<ChangeWebinar>()
        .AddScoped<WebinarStewards>()
        .AddScoped<WebinarReminders>()
        .AddScoped<WebinarDigest>()
        .AddScoped<WebinarFollowUp>()
        .AddScoped<WebinarRegistrants>()
        .AddScoped<CalendarFeed>()
        .AddScoped<EventCalendar>()
        .AddScoped<RegisterForWebinar>()
        .AddScoped<CancelRegistration>()
        .AddScoped<IAccountDeletion, SeatsOfDeletedAccounts>()
        .AddScoped<WebinarQuery>()
        .AddScoped<CreateGroupMeeting>()
        .AddScoped<GroupMeetingList>()
        .AddScoped<IReconciler, WebinarReconciler>()
        .AddScoped<IDemoSeed, WebinarSeed>()
        .AddScoped<IDemoSeed, GroupMeetingSeed>();

    public static IServiceCollection AddPractices(this IServiceCollection services) => services
        .AddSingleton<PracticeCatalog>()
        .AddScoped<PracticeSearchIndex>()
        .AddScoped<PracticeSearch>()
        .AddScoped<PracticeReader>()
        .AddScoped<SubmitPractice>()
        .AddScoped<ReviewPractice>()
        .AddScoped<LinkTranslations>()
        .AddScoped<DraftFromPost>()
        .AddScoped<PracticeFiles>()
        .AddScoped<EditThemes>()
        .AddScoped<PracticeDefaults>()
        .AddScoped<IDemoSeed, PracticeSeed>();

    public static IServiceCollection AddSyntheses(this IServiceCollection services) => services
        .AddSingleton<SynthesisExportNotifier>()
        .AddSingleton<INodeRelay, ExportNodeRelay>()
        .AddScoped<SynthesisAccess>()
        .AddScoped<SynthesisComposer>()
        .AddScoped<SynthesisReader>()
        .AddScoped<EditSynthesis>()
        .AddScoped<MemberCheck>()
        .AddScoped<ReviewRounds>()
        .AddScoped<SynthesisExports>()
        .AddScoped<ImpactReport>()
        .AddScoped<IReconciler, SynthesisReconciler>();

    public static IServiceCollection AddStandards(this IServiceCollection services) => services
        .AddScoped<StandardAccess>()
        .AddScoped<CreateStandard>()
        .AddScoped<PublishStandardVersion>()
        .AddScoped<OpenConsultationRound>()
        .AddScoped<CommentOnParagraph>()
        .AddScoped<ProposeWording>()
        .AddScoped<SupportProposal>()
        .AddScoped<AnswerProposal>()
        .AddScoped<HideContribution>()
        .AddScoped<FlagContribution>()
        .AddScoped<DismissFlags>()
        .AddScoped<SuspendFromRound>()
        .AddScoped<RoundModeration>()
        .AddScoped<OpenEndorsement>()
        .AddScoped<EndorseStandard>()
        .AddScoped<ConfirmEndorsement>()
        .AddScoped<RoundReport>()
        .AddScoped<PublishedStandards>()
        .AddScoped<EndorsementReader>()
        .AddScoped<StandardDesk>()
        .AddScoped<RoundTransitions>()
        .AddScoped<IReconciler, RoundReconciler>()
        .AddSingleton<ConsultationNotifier>()
        .AddSingleton<INodeRelay, ConsultationNodeRelay>()
        .AddScoped<IDemoSeed, StandardSeed>();

    public static IServiceCollection AddAdministration(this IServiceCollection services) => services
        .AddScoped<ChangeRoles>()
        .AddScoped<PeopleList>();

    /// <summary>What every feature uses (the audit log, Markdown) and the way to the first administrator: the platform's part of the core.</summary>
    public static IServiceCollection AddCommunityCore(this IServiceCollection services) => services
        .AddScoped<AuditLog>()
        .AddSingleton<MarkdownRenderer>()
        .AddScoped<FirstAdministrator>()
        .AddScoped<SetupToken>();
}
