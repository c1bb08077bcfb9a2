namespace Reception.Grains.People;

/// <summary>How alike two returns are, 0..100, and the <see cref="MatchReasons"/> codes that say why.</summary>
public sealed record PersonMatch(int Score, IReadOnlyList<string> Reasons);
