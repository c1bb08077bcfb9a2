namespace Reception.Api.Problems;

/// <summary>
/// Names the resource files of worded messages: <c>Messages.resx</c> (Spanish, the default) and
/// <c>Messages.en.resx</c>. A key is a problem code, <c>title.*</c>, <c>field.*</c> (a field's label) or
/// <c>value.{parameter}.{value}</c> (a parameter's value in words); <c>{name}</c> in a message is a parameter.
/// </summary>
public sealed class Messages;
