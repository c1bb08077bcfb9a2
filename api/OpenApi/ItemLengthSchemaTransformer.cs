using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Reception.Api.OpenApi;

/// <summary>Publishes <see cref="ItemLengthAttribute"/> as the list items' <c>maxLength</c>, which data annotations cannot express.</summary>
internal sealed class ItemLengthSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var attribute = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ItemLengthAttribute), inherit: true)
            .OfType<ItemLengthAttribute>().FirstOrDefault();
        if (attribute is not null && schema.Items is OpenApiSchema items)
        {
            items.MaxLength = attribute.Max;
            items.MinLength = 1;
        }
        return Task.CompletedTask;
    }
}
