using DiffPlex;
using DiffPlex.Chunkers;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A word-level diff (DiffPlex) of two texts, as runs in reading order: what stayed, what went, what came. Within a
/// change, the deleted run comes before the inserted one, and neighbouring runs of the same kind are merged. Changes
/// separated only by spaces are one change ("[removed: for the] [added: of our]", not four), which reads better and
/// weighs less on a page of a thousand proposals; the space then belongs to both sides, so the texts before and after
/// are still exactly the two texts.
/// </summary>
internal static class WordDiff
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
        return Joined(runs);
    }

    private static bool IsChange(DiffRun run) => run.Kind != DiffRunKind.Unchanged;

    private static List<DiffRun> Joined(List<DiffRun> runs)
    {
        var joined = new List<DiffRun>();
        for (var i = 0; i < runs.Count;)
        {
            if (!IsChange(runs[i]))
            {
                joined.Add(runs[i++]);
                continue;
            }
            var deleted = new System.Text.StringBuilder();
            var inserted = new System.Text.StringBuilder();
            for (; i < runs.Count; i++)
            {
                var run = runs[i];
                if (run.Kind == DiffRunKind.Deleted)
                {
                    deleted.Append(run.Text);
                }
                else if (run.Kind == DiffRunKind.Inserted)
                {
                    inserted.Append(run.Text);
                }
                else if (string.IsNullOrWhiteSpace(run.Text) && i + 1 < runs.Count && IsChange(runs[i + 1]))
                {
                    deleted.Append(run.Text);
                    inserted.Append(run.Text);
                }
                else
                {
                    break;
                }
            }
            if (deleted.Length > 0)
            {
                joined.Add(new DiffRun(DiffRunKind.Deleted, deleted.ToString()));
            }
            if (inserted.Length > 0)
            {
                joined.Add(new DiffRun(DiffRunKind.Inserted, inserted.ToString()));
            }
        }
        return joined;
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
