using System.Text;
using System.Text.Json;

namespace NewsExtract.Tests.Cli;

/// <summary>Checks the contract's promise: every item's text is exactly the code points [start, end) of the article text.</summary>
internal static class OffsetAssert
{
    public static void EveryItemMatchesItsSpan(JsonElement article)
    {
        var codePoints = article.GetProperty("text").GetString()!.EnumerateRunes().ToArray();
        foreach (var list in new[] { "dates", "counts", "quotes" })
        {
            if (article.TryGetProperty(list, out var items))
            {
                foreach (var item in items.EnumerateArray())
                {
                    Check(codePoints, item);
                }
            }
        }

        if (article.TryGetProperty("officials", out var officials))
        {
            foreach (var mention in officials.EnumerateArray().SelectMany(o => o.GetProperty("mentions").EnumerateArray()))
            {
                Check(codePoints, mention);
            }
        }
    }

    private static void Check(Rune[] codePoints, JsonElement item)
    {
        var start = item.GetProperty("start").GetInt32();
        var end = item.GetProperty("end").GetInt32();
        Assert.InRange(start, 0, end);
        Assert.InRange(end, start, codePoints.Length);
        var span = string.Concat(codePoints[start..end].Select(r => r.ToString()));
        Assert.Equal(item.GetProperty("text").GetString(), span);
    }
}
