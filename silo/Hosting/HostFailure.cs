namespace Reception.Silo.Hosting;

/// <summary>Turns a start-up failure into the one line an operator needs, instead of a stack trace.</summary>
public static class HostFailure
{
    public const int ExitCode = 2;

    public static int Report(ReceptionConfigurationException failure)
    {
        Console.Error.WriteLine($"reception: {failure.Message}");
        return ExitCode;
    }
}
