namespace Reception.Silo.Hosting;

/// <summary>
/// A configuration or environment problem that stops a host. The message is one line that says
/// what to fix; hosts print it instead of a stack trace.
/// </summary>
public sealed class ReceptionConfigurationException(string message, Exception? inner = null)
    : Exception(message, inner);
