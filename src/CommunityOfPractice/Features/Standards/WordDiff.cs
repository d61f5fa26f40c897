using DiffPlex;
using DiffPlex.Chunkers;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A word-level diff (DiffPlex) of two texts, as runs in reading order: what stayed, what went, what came. Within a
/// change, the deleted run comes before the inserted one, and neighbouring runs of the same kind are merged.
/// </summary>
public static class WordDiff
{
    // Spaces and punctuation are pieces of their own, so "care," to "care;" changes one mark, not the word.
    private static readonly DelimiterChunker Chunker = new([' ', '\t', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\'']);

    public static IReadOnlyList<DiffRun> Of(string before, string after)
    {
        before = before.ReplaceLineEndings("\n");
        after = after.ReplaceLineEndings("\n");
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        var runs = new List<DiffRun>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, DiffRunKind.Unchanged, result.PiecesOld, a, block.DeleteStartA - a);
            Add(runs, DiffRunKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(runs, DiffRunKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(runs, DiffRunKind.Unchanged, result.PiecesOld, a, result.PiecesOld.Count - a);
        return runs;
    }

    /// <summary>The text before the change: the unchanged and deleted runs.</summary>
    public static string Before(IEnumerable<DiffRun> runs) => string.Concat(runs.Where(r => r.Kind != DiffRunKind.Inserted).Select(r => r.Text));

    /// <summary>The text after the change: the unchanged and inserted runs.</summary>
    public static string After(IEnumerable<DiffRun> runs) => string.Concat(runs.Where(r => r.Kind != DiffRunKind.Deleted).Select(r => r.Text));

    private static void Add(List<DiffRun> runs, DiffRunKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new DiffRun(kind, text));
        }
    }
}
