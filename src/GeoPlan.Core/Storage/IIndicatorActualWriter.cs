using GeoPlan.Core.Analysis.Indicators;

namespace GeoPlan.Core.Storage;

/// <summary>A store that records indicator actual values, keeping every earlier value as history.</summary>
public interface IIndicatorActualWriter
{
    /// <summary>Appends <paramref name="actual"/> to its indicator's history; an earlier value for the same year stays, as history.</summary>
    /// <param name="actual">The value; it must pass <see cref="Validation.IndicatorActualValidity"/>.</param>
    /// <param name="recordedBy">Who records it.</param>
    /// <param name="cancellationToken">Stops the write before it commits.</param>
    /// <returns>The record as stored, with its time and sequence number.</returns>
    /// <exception cref="UnknownIndicatorException">The store has no indicator with that id.</exception>
    /// <exception cref="ArgumentException">The value is not valid.</exception>
    Task<IndicatorActualRecord> RecordAsync(IndicatorActual actual, string recordedBy, CancellationToken cancellationToken = default);
}
