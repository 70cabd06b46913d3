using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Security;

/// <summary>Checks the origins of <see cref="CrossOriginOptions"/> when the service starts, so that a mistyped one stops it at once,
/// naming it, instead of failing every request.</summary>
public sealed class CrossOriginValidation : IValidateOptions<CrossOriginOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CrossOriginOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Normalized().Problem is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
