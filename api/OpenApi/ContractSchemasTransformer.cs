using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Reception.Api.LiveFeed;
using Reception.Contracts.LiveFeed;
using Reception.Contracts.Shared;

namespace Reception.Api.OpenApi;

/// <summary>
/// Adds to the document's schemas what no REST route returns but clients need: the records the live-feed hub
/// sends, and the 32 state names (<c>MexicanState</c>) that destination fields accept. Clients, the dashboard's
/// generated types among them, then read every shape and list from this one document.
/// </summary>
internal sealed class ContractSchemasTransformer : IOpenApiDocumentTransformer
{
    private static readonly Type[] HubOnly = [typeof(AlertChange), typeof(ReferralsAssignedMessage), typeof(PointFeedUpdate)];

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var type in HubOnly)
        {
            document.Components.Schemas[type.Name] = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
        }
        document.Components.Schemas["MexicanState"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "A destination state, by the name the system uses (case and accents are ignored on input).",
            Enum = MexicanStates.All.Select(state => (JsonNode)JsonValue.Create(state)).ToList(),
        };
    }
}
