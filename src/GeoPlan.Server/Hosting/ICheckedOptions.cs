namespace GeoPlan.Server.Hosting;

/// <summary>Options that can say what is wrong with them; <see cref="CheckedOptionsValidation{TOptions}"/> checks them at start-up.</summary>
public interface ICheckedOptions
{
    /// <summary>What is wrong with these options, naming the setting and how to write it; null when nothing is.</summary>
    string? Problem();
}
