using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Hosting;

/// <summary>Stops the service as it starts when its <typeparamref name="TOptions"/> have a problem, naming it, instead of failing
/// requests later.</summary>
public sealed class CheckedOptionsValidation<TOptions> : IValidateOptions<TOptions>
    where TOptions : class, ICheckedOptions
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
