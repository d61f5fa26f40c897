using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>At start-up: the starting list of themes when there is none, and a search index that holds every public revision.</summary>
internal sealed class PracticeDefaults(CommunityDbContext db, PracticeSearchIndex index)
{
    public static IReadOnlyList<PracticeTheme> Themes { get; } =
    [
        new() { NameEn = "Involvement in policy-making", NameFr = "Participation à l'élaboration des politiques", NameEs = "Participación en la formulación de políticas", Order = 1 },
        new() { NameEn = "Health services and care", NameFr = "Services de santé et soins", NameEs = "Servicios de salud y atención", Order = 2 },
        new() { NameEn = "Advocacy and awareness", NameFr = "Plaidoyer et sensibilisation", NameEs = "Incidencia y sensibilización", Order = 3 },
        new() { NameEn = "Research and evidence", NameFr = "Recherche et données probantes", NameEs = "Investigación y evidencia", Order = 4 },
        new() { NameEn = "Capacity building", NameFr = "Renforcement des capacités", NameEs = "Fortalecimiento de capacidades", Order = 5 },
        new() { NameEn = "Community and peer support", NameFr = "Communauté et soutien par les pairs", NameEs = "Comunidad y apoyo entre pares", Order = 6 },
        new() { NameEn = "Governance and accountability", NameFr = "Gouvernance et redevabilité", NameEs = "Gobernanza y rendición de cuentas", Order = 7 },
        new() { NameEn = "Local and municipal action", NameFr = "Action locale et municipale", NameEs = "Acción local y municipal", Order = 8 },
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.PracticeThemes.AnyAsync(cancellationToken))
        {
            db.PracticeThemes.AddRange(Themes.Select(t => new PracticeTheme { NameEn = t.NameEn, NameFr = t.NameFr, NameEs = t.NameEs, Order = t.Order }));
            await db.SaveChangesAsync(cancellationToken);
        }
        await index.EnsureCompleteAsync(cancellationToken);
    }
}
