namespace NewsExtract.Quotes;

/// <summary>Who said something: a named person (with the official's id), an organisation or group, or a description ("the spokesman").</summary>
internal sealed record Speaker(string Name, string? Id, SpeakerKind Kind, Gender Gender);
