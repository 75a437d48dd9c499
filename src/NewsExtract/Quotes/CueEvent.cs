namespace NewsExtract.Quotes;

/// <summary>
/// One speech verb outside quotation marks with the phrase that names its speaker: "Okafor said",
/// "said a spokesman", "according to officials", or a participle ("saying") that takes the speaker of
/// its sentence. Token indices refer to the paragraph.
/// </summary>
internal sealed class CueEvent
{
    public required int VerbToken { get; init; }

    /// <summary>One past the cue's last token ("according to" has two).</summary>
    public required int VerbEnd { get; init; }

    /// <summary>The cue as written: "said", "told", "according to".</summary>
    public required string Cue { get; init; }

    public required string Lemma { get; init; }

    /// <summary>True for verbs that report speech ("say", "warn"), false for ones that only describe it ("call", "dismiss").</summary>
    public required bool Reporting { get; init; }

    /// <summary>The speaker's words, or null for a participle that takes another cue's speaker.</summary>
    public SpeakerPhrase? Phrase { get; init; }

    /// <summary>A name set off by commas between the phrase and the cue ("The Shadow Secretary ..., Fiona Lusk, said").</summary>
    public SpeakerPhrase? Appositive { get; init; }

    /// <summary>The speaker follows the cue ("said Mr Smith", "according to X").</summary>
    public bool Inverted { get; init; }

    public bool Participle { get; init; }

    /// <summary>For a participle ("..., saying"), the earlier cue of the same sentence whose speaker it shares.</summary>
    public CueEvent? SameAs { get; init; }

    /// <summary>First token of the attribution: the speaker phrase, or the cue when the speaker follows.</summary>
    public int ClauseStart => Inverted || Participle || Phrase is null ? VerbToken : Math.Min(Phrase.Value.First, VerbToken);

    /// <summary>One past the last token of the attribution.</summary>
    public int ClauseEnd => Inverted && Phrase is { } phrase ? phrase.End : VerbEnd;

    public Speaker? Speaker { get; set; }
}
