namespace NewsExtract.Quotes;

/// <summary>
/// The words that name a speaker ("Kremlin aide Arkady Volkhov", "a spokesman for the bank", "she"),
/// as token indices of one paragraph. The core is the part before a prepositional tail ("of Hallam
/// Brandt"); its last word is the head that decides what the phrase refers to.
/// </summary>
internal readonly record struct SpeakerPhrase(int First, int End, int CoreEnd)
{
    public int Head => CoreEnd - 1;
}
