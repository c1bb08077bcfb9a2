namespace Reception.Grains.People;

/// <summary>How well two name tokens agree, worst to best.</summary>
internal enum TokenAgreement
{
    None,
    Typo,
    Initial,
    Spelling,
    Exact,
}
