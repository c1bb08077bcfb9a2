namespace Reception.Contracts.Rights;

/// <summary>Who asked for an anonymisation: the person themself or their legal representative (recorded without a name).</summary>
[GenerateSerializer, Alias("reception.requester")]
public enum Requester
{
    Person,
    Representative,
}
