namespace GeoPlan.Core.Analysis.Coverage;

/// <summary>A non-vertical boundary edge in local coordinates, left end first, signed +1 where the area lies below it.</summary>
/// <param name="X0">Local x of the left end.</param>
/// <param name="Y0">Local y of the left end.</param>
/// <param name="X1">Local x of the right end.</param>
/// <param name="Slope">dy/dx.</param>
/// <param name="Sign">+1 for an edge with the area below it (a counter-clockwise shell's top), -1 for one with it above.</param>
internal readonly record struct BoundaryEdge(double X0, double Y0, double X1, double Slope, double Sign)
{
    /// <summary>The edge's local y at local <paramref name="x"/> (between <see cref="X0"/> and <see cref="X1"/>).</summary>
    public double YAt(double x) => Y0 + ((x - X0) * Slope);
}
