using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Tests.Standards;

/// <summary>The numbering rule of <see cref="ParagraphNumbering"/>: numbers stay where the text did not move.</summary>
public sealed class ParagraphNumberingTests
{
    private const string First = """
        # Involvement

        People living with NCDs take part in every decision that concerns them.

        Their participation is planned from the start of a project, not added at the end.

        Organisations pay people for their time and expertise.

        # Accessibility

        Meetings are held in accessible places and at accessible times.

        Documents are written in plain language.
        """;

    private static IReadOnlyList<NumberedSection> Number(string body, IReadOnlyList<NumberedSection>? previous = null, params IReadOnlyList<NumberedSection>[] earlier)
    {
        var all = earlier.Append(previous ?? []).ToList();
        var history = previous is null ? null : new NumberingHistory(
            previous,
            all.SelectMany(v => v).Select(s => s.Number).ToHashSet(),
            all.SelectMany(v => v).SelectMany(s => s.Paragraphs).Select(p => p.Number).ToHashSet());
        return ParagraphNumbering.Number(StandardOutline.Parse(body), history);
    }

    private static Dictionary<string, NumberedParagraph> ByNumber(IReadOnlyList<NumberedSection> sections) =>
        sections.SelectMany(s => s.Paragraphs).ToDictionary(p => p.Number);

    private static NumberedParagraph Find(IReadOnlyList<NumberedSection> sections, string startOfText) =>
        sections.SelectMany(s => s.Paragraphs).Single(p => p.Markdown.StartsWith(startOfText, StringComparison.Ordinal));

    [Fact]
    public void A_first_version_is_numbered_section_by_section()
    {
        var v1 = Number(First);
        Assert.Equal(["1", "2"], v1.Select(s => s.Number));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2"], v1.SelectMany(s => s.Paragraphs).Select(p => p.Number));
        Assert.Equal(5, v1.SelectMany(s => s.Paragraphs).Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void Text_before_the_first_heading_is_section_zero() =>
        Assert.Equal(["0.1", "1.1"], Number("Preamble.\n\n# One\n\nText.").SelectMany(s => s.Paragraphs).Select(p => p.Number));

    [Fact]
    public void An_unchanged_version_keeps_every_number_and_key()
    {
        var v1 = Number(First);
        var v2 = Number(First.Replace("take part in", "take  part\nin"), v1);
        Assert.Equal(v1.SelectMany(s => s.Paragraphs).Select(p => (p.Number, p.Key)), v2.SelectMany(s => s.Paragraphs).Select(p => (p.Number, p.Key)));
        Assert.Equal(v1.Select(s => (s.Number, s.Key)), v2.Select(s => (s.Number, s.Key)));
    }

    [Fact]
    public void An_edited_paragraph_keeps_its_number_and_key()
    {
        var v1 = Number(First);
        var v2 = Number(First.Replace("Organisations pay people for their time and expertise.", "Organisations pay people fairly for their time, travel and expertise."), v1);
        var edited = Find(v2, "Organisations pay people fairly");
        Assert.Equal("1.3", edited.Number);
        Assert.Equal(ByNumber(v1)["1.3"].Key, edited.Key);
    }

    [Fact]
    public void A_rewritten_paragraph_is_a_new_paragraph_and_its_old_number_is_retired()
    {
        var v1 = Number(First);
        var v2 = Number(First.Replace("Organisations pay people for their time and expertise.", "Budgets include a line for lived experience."), v1);
        var rewritten = Find(v2, "Budgets include");
        Assert.NotEqual(ByNumber(v1)["1.3"].Key, rewritten.Key);
        Assert.Equal("1.4", rewritten.Number);
    }

    [Fact]
    public void An_inserted_paragraph_takes_a_letter_and_the_paragraphs_after_it_keep_their_numbers()
    {
        var v1 = Number(First);
        var v2 = Number(First.Replace(
            "Their participation is planned",
            "Roles are agreed in writing before work starts.\n\nTheir participation is planned"), v1);
        Assert.Equal(["1.1", "1.1a", "1.2", "1.3", "2.1", "2.2"], v2.SelectMany(s => s.Paragraphs).Select(p => p.Number));
        Assert.Equal(ByNumber(v1)["1.2"].Key, ByNumber(v2)["1.2"].Key);
    }

    [Fact]
    public void Two_insertions_in_a_row_read_in_order_and_a_third_version_can_insert_between_them()
    {
        var v1 = Number(First);
        var body2 = First.Replace("Their participation is planned", "Inserted A is here.\n\nInserted B is here.\n\nTheir participation is planned");
        var v2 = Number(body2, v1);
        Assert.Equal(["1.1", "1.1a", "1.1b", "1.2"], v2[0].Paragraphs.Take(4).Select(p => p.Number));
        var v3 = Number(body2.Replace("Inserted B is here.", "Inserted in between, a new idea.\n\nInserted B is here."), v2, v1);
        Assert.Equal(["1.1", "1.1a", "1.1aa", "1.1b", "1.2"], v3[0].Paragraphs.Take(5).Select(p => p.Number));
    }

    [Fact]
    public void A_paragraph_added_at_the_end_of_a_section_takes_the_next_integer()
    {
        var v1 = Number(First);
        var v2 = Number(First.Replace("Documents are written in plain language.", "Documents are written in plain language.\n\nSign language interpretation is offered."), v1);
        Assert.Equal("2.3", Find(v2, "Sign language").Number);
    }

    [Fact]
    public void A_deleted_paragraph_leaves_a_gap_and_its_number_is_never_given_to_other_text()
    {
        var v1 = Number(First);
        var withoutLast = First.Replace("\n\nOrganisations pay people for their time and expertise.", "");
        var v2 = Number(withoutLast, v1);
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], v2.SelectMany(s => s.Paragraphs).Select(p => p.Number));
        var v3 = Number(withoutLast.Replace("not added at the end.", "not added at the end.\n\nEvaluation includes people living with NCDs."), v2, v1);
        Assert.Equal("1.4", Find(v3, "Evaluation includes").Number);
    }

    [Fact]
    public void A_moved_paragraph_keeps_its_key_but_takes_a_number_in_its_new_place()
    {
        var v1 = Number(First);
        var moved = First.Replace("\n\nOrganisations pay people for their time and expertise.", "")
            .Replace("Documents are written in plain language.", "Documents are written in plain language.\n\nOrganisations pay people for their time and expertise.");
        var v2 = Number(moved, v1);
        var paragraph = Find(v2, "Organisations pay");
        Assert.Equal(ByNumber(v1)["1.3"].Key, paragraph.Key);
        Assert.Equal("2.3", paragraph.Number);
        Assert.Equal(["1.1", "1.2", "2.1", "2.2", "2.3"], v2.SelectMany(s => s.Paragraphs).Select(p => p.Number));
    }

    [Fact]
    public void Paragraphs_swapped_within_a_section_keep_one_number_and_renumber_the_other_in_reading_order()
    {
        var v1 = Number(First);
        var swapped = First.Replace(
            "Meetings are held in accessible places and at accessible times.\n\nDocuments are written in plain language.",
            "Documents are written in plain language.\n\nMeetings are held in accessible places and at accessible times.");
        var v2 = Number(swapped, v1);
        var numbers = v2[1].Paragraphs.Select(p => OutlineNumber.Parse(p.Number.Split('.')[1])).ToList();
        Assert.True(numbers[0] < numbers[1], $"Numbers should read in order, not {string.Join(", ", numbers)}.");
        Assert.Contains(v2[1].Paragraphs, p => ByNumber(v1).TryGetValue(p.Number, out var old) && old.Key == p.Key);
        Assert.Equal(v1[1].Paragraphs.Select(p => p.Key).Order(), v2[1].Paragraphs.Select(p => p.Key).Order());
    }

    [Fact]
    public void A_section_inserted_between_two_keeps_the_numbers_of_the_sections_after_it()
    {
        var v1 = Number(First);
        var v2 = Number(First.Replace("# Accessibility", "# Payment\n\nA whole new section about payment.\n\n# Accessibility"), v1);
        Assert.Equal(["1", "1a", "2"], v2.Select(s => s.Number));
        Assert.Equal("1a.1", v2[1].Paragraphs[0].Number);
        Assert.Equal(v1[1].Paragraphs.Select(p => (p.Number, p.Key)), v2[2].Paragraphs.Select(p => (p.Number, p.Key)));
    }

    [Fact]
    public void A_renamed_section_keeps_its_number_and_key()
    {
        var v1 = Number(First);
        var v2 = Number(First.Replace("# Accessibility", "# Access for everyone"), v1);
        Assert.Equal((v1[1].Number, v1[1].Key), (v2[1].Number, v2[1].Key));
        Assert.Equal("2.2", Find(v2, "Documents are").Number);
    }

    [Fact]
    public void Three_hundred_paragraphs_with_edits_insertions_deletions_and_a_move_keep_every_number_that_did_not_move()
    {
        static string Paragraph(int s, int p) => $"Section {s} paragraph {p} says that practice {s * 100 + p} involves people living with NCDs in design, delivery and review.";
        string Body(Func<int, int, string?> text)
        {
            var builder = new System.Text.StringBuilder();
            for (var s = 1; s <= 10; s++)
            {
                builder.Append($"# Part {s}\n\n");
                for (var p = 1; p <= 30; p++)
                {
                    if (text(s, p) is { } t)
                    {
                        builder.Append(t).Append("\n\n");
                    }
                }
            }
            return builder.ToString();
        }
        var v1 = Number(Body(Paragraph));
        Assert.Equal(300, v1.Sum(s => s.Paragraphs.Count));

        var v2 = Number(Body((s, p) => (s, p) switch
        {
            (2, 5) => null,                                                          // deleted
            (3, 7) => Paragraph(3, 7) + " It adds a sentence.",                     // edited
            (4, 10) => Paragraph(4, 10) + "\n\nA brand new paragraph about budgets and fees.", // insertion after 4.10
            (6, 1) => null,                                                          // moved away
            (9, 30) => Paragraph(9, 30) + "\n\n" + Paragraph(6, 1),                 // ... to the end of part 9
            _ => Paragraph(s, p),
        }), v1);

        var before = ByNumber(v1);
        var after = v2.SelectMany(s => s.Paragraphs).ToList();
        Assert.Equal(300, after.Count);
        foreach (var paragraph in after.Where(p => p.Markdown.StartsWith("Section", StringComparison.Ordinal) && !p.Markdown.StartsWith("Section 6 paragraph 1 ", StringComparison.Ordinal)))
        {
            var origin = v1.SelectMany(s => s.Paragraphs).Single(p => paragraph.Markdown.StartsWith(p.Markdown, StringComparison.Ordinal));
            Assert.Equal((origin.Number, origin.Key), (paragraph.Number, paragraph.Key));
        }
        Assert.Equal("4.10a", Find(v2, "A brand new").Number);
        var moved = Find(v2, "Section 6 paragraph 1 ");
        Assert.Equal((before["6.1"].Key, "9.31"), (moved.Key, moved.Number));
        Assert.DoesNotContain(after, p => p.Number == "2.5");
        Assert.Equal(after.Count, after.Select(p => p.Number).Distinct().Count());
    }
}
