using System.Globalization;
using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Features.Standards;

/// <summary>The report's own words in the standard's language; the figures' words are the synthesis's (<see cref="SynthesisText"/>).</summary>
internal sealed class StandardReportText
{
    private readonly string language;

    private StandardReportText(string language) => this.language = language;

    public static StandardReportText For(string? language) => new(language is "fr" or "es" ? language : "en");

    private string Pick(string en, string fr, string es) => language switch { "fr" => fr, "es" => es, _ => en };

    public string ReportTitle(int version) => string.Format(CultureInfo.InvariantCulture, Pick("Report of the consultation on version {0}", "Rapport de la consultation sur la version {0}", "Informe de la consulta sobre la versión {0}"), version);

    public string ProposalsAndAnswers => Pick("Proposals and answers", "Propositions et réponses", "Propuestas y respuestas");

    public string NoProposal => Pick("No wording was proposed in this round.", "Aucune formulation n'a été proposée pendant cette consultation.", "No se propuso ninguna redacción en esta consulta.");

    public string Reason => Pick("Reason:", "Motif :", "Motivo:");

    public string Hidden => Pick("A proposal hidden by a moderator.", "Une proposition masquée par une modératrice ou un modérateur.", "Una propuesta ocultada por la moderación.");

    public string NotQuoted => Pick("A proposal by a participant who asked not to be quoted.", "Une proposition d'une personne qui a demandé à ne pas être citée.", "Una propuesta de una persona que pidió no ser citada.");

    public string OnParagraph(string number) => string.Format(CultureInfo.InvariantCulture, Pick("Paragraph {0}", "Paragraphe {0}", "Párrafo {0}"), number);

    public string Answer(ProposalAnswer? answer) => answer switch
    {
        ProposalAnswer.Accepted => Pick("Accepted", "Acceptée", "Aceptada"),
        ProposalAnswer.AcceptedWithChanges => Pick("Accepted with changes", "Acceptée avec des modifications", "Aceptada con cambios"),
        ProposalAnswer.Declined => Pick("Declined", "Refusée", "Rechazada"),
        _ => Pick("Not answered", "Sans réponse", "Sin respuesta"),
    };

    public string Overview(RoundFigures figures, SynthesisText text) => string.Format(text.Culture,
        Pick("{0} participants made {1} comments and {2} proposals; {3} of the participants live with an NCD ({4}% of the contributions).",
            "{0} personnes ont fait {1} commentaires et {2} propositions ; {3} d'entre elles vivent avec une MNT ({4} % des contributions).",
            "{0} personas hicieron {1} comentarios y {2} propuestas; {3} de ellas viven con una ENT ({4} % de las contribuciones)."),
        text.Number(figures.Participants), text.Number(figures.Comments), text.Number(figures.Proposals), text.Number(figures.ParticipantsLivingWithNcds),
        figures.PercentFromPeopleLivingWithNcds.ToString("0.#", text.Culture));
}
