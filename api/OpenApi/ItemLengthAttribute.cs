namespace Reception.Api.OpenApi;

/// <summary>Each text of a list property has at most <see cref="Max"/> characters (published as the items' <c>maxLength</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ItemLengthAttribute(int max) : Attribute
{
    public int Max { get; } = max;
}
