using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Reception.Silo.Hosting;

namespace Reception.Api.Auth;

/// <summary>
/// One scheme, JWT bearer, for REST and the hub (the hub's <c>access_token</c> query parameter, as the SignalR
/// JavaScript client sends it, is moved into the Authorization header by <see cref="Edge.QueryTokenServer"/>).
/// Tokens come from the configured OpenID Connect authority or, without one, from the API's own issuer, whose
/// tokens are also checked against their account on every request (<see cref="AccountTokenCheck"/>).
/// </summary>
public static class ReceptionAuthentication
{
    public static IServiceCollection AddReceptionAuth(this IServiceCollection services, IConfiguration configuration, ReceptionSettings settings)
    {
        var auth = configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        services.AddSingleton(auth);

        SymmetricSecurityKey? ownKey = null;
        if (!auth.UsesExternalIssuer)
        {
            ownKey = SigningKey.LoadOrCreate(settings.DataPath);
            services.AddSingleton(ownKey);
            services.AddSingleton<AccountDirectory>();
            services.AddSingleton<TokenIssuer>();
            services.AddSingleton<SignInFailureLimit>();
            services.AddSingleton<AccountStatusCache>();
            services.AddHostedService<AccountStatusSubscription>();
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = ReceptionClaims.Subject;
                options.TokenValidationParameters.RoleClaimType = ReceptionClaims.Role;
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
                if (auth.UsesExternalIssuer)
                {
                    options.Authority = auth.Authority;
                    options.Audience = auth.Audience;
                    // Plain HTTP only for an authority on this machine (a test authority); anywhere else its keys must come over TLS.
                    options.RequireHttpsMetadata = !auth.AuthorityIsLoopback;
                    options.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(auth.Audience);
                }
                else
                {
                    options.TokenValidationParameters.ValidIssuer = ReceptionClaims.Issuer;
                    options.TokenValidationParameters.ValidAudience = ReceptionClaims.Audience;
                    options.TokenValidationParameters.IssuerSigningKey = ownKey;
                    options.Events = AccountTokenCheck.Events();
                }
            });
        services.AddAuthorization();

        services.AddReceptionRateLimits(auth);
        return services;
    }
}
