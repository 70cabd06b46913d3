namespace GeoPlan.Core.Analysis.Network;

/// <summary>Thrown when a feature the commute network is built from cannot be used; the message names it and the fix.</summary>
public sealed class NetworkDataException(string message) : Exception(message);
