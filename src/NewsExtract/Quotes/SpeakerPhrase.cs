namespace NewsExtract.Quotes;

/// <summary>
/// The words that name a speaker ("Kremlin aide Vladimir Medinsky", "a spokesman for the firm", "she"),
/// as token indices of one paragraph. The core is the part before a prepositional tail ("of BNP
/// Paribas"); its last word is the head that decides what the phrase refers to.
/// </summary>
internal readonly record struct SpeakerPhrase(int First, int End, int CoreEnd)
{
    public int Head => CoreEnd - 1;
}
