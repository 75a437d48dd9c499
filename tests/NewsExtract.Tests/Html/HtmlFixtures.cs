namespace NewsExtract.Tests.Html;

/// <summary>The hand-written pages under Fixtures/html, copied next to the tests.</summary>
internal static class HtmlFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", name));
}
