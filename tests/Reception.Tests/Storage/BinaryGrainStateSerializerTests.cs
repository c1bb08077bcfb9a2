using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Reception.Silo.Storage;

namespace Reception.Tests.Storage;

/// <summary>Grain state goes to the ADO.NET provider in Orleans' binary format; rows written as JSON still read.</summary>
public sealed class BinaryGrainStateSerializerTests
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(SampleState).Assembly))
        .AddSingleton<OrleansJsonSerializer>()
        .BuildServiceProvider();

    private static SampleState Sample() => new() { Name = "Tijuana", People = [new("Ana", 3), new("Beto", 7)] };

    [Fact]
    public void State_round_trips_in_a_binary_form_smaller_than_the_json_one()
    {
        var serializer = BinaryGrainStateSerializer.Create(Services);
        var json = new JsonGrainStorageSerializer(Services.GetRequiredService<OrleansJsonSerializer>()).Serialize(Sample());

        var binary = serializer.Serialize(Sample());
        var read = serializer.Deserialize<SampleState>(binary)!;

        Assert.NotEqual((byte)'{', binary.ToArray()[0]);
        Assert.True(binary.ToArray().Length < json.ToArray().Length, $"binary {binary.ToArray().Length} B, json {json.ToArray().Length} B");
        Assert.Equal("Tijuana", read.Name);
        Assert.Equal(Sample().People, read.People);
    }

    [Fact]
    public void A_row_written_as_json_by_an_earlier_version_is_still_read()
    {
        var json = new JsonGrainStorageSerializer(Services.GetRequiredService<OrleansJsonSerializer>()).Serialize(Sample());

        var read = BinaryGrainStateSerializer.Create(Services).Deserialize<SampleState>(json)!;

        Assert.Equal("Tijuana", read.Name);
        Assert.Equal(Sample().People, read.People);
    }
}

[GenerateSerializer, Alias("reception.tests.sample-state")]
public sealed class SampleState
{
    [Id(0)] public string Name { get; set; } = "";

    [Id(1)] public List<Person> People { get; set; } = [];
}
