namespace CommunityOfPractice.Features.Standards;

/// <summary>How alike two paragraphs are, by the words they share (Dice's coefficient on word counts): 1 for the same words, 0 for none.</summary>
internal static class TextSimilarity
{
    public static Dictionary<string, int> Words(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                words[word] = words.GetValueOrDefault(word) + 1;
                start = -1;
            }
        }
        return words;
    }

    public static double Of(string a, string b) => Of(Words(a), Words(b));

    public static double Of(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 1;
        }
        var shared = a.Sum(w => Math.Min(w.Value, b.GetValueOrDefault(w.Key)));
        return 2.0 * shared / total;
    }

    /// <summary>The text with its runs of white space made single spaces: what "unchanged" compares.</summary>
    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
