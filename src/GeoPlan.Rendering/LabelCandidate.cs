using GeoPlan.Core.Styling;

namespace GeoPlan.Rendering;

/// <summary>A label that may be drawn: its text, where it is anchored in pixels and how it sits against the anchor.</summary>
/// <param name="Text">The text, one line or wrapped later.</param>
/// <param name="X">Anchor x in pixels.</param>
/// <param name="Y">Anchor y in pixels.</param>
/// <param name="OffsetX">How far right of the anchor the text starts; 0 centres it on the anchor.</param>
/// <param name="Style">Size and colours.</param>
internal sealed record LabelCandidate(string Text, double X, double Y, double OffsetX, LabelStyle Style)
{
    /// <summary>True when the text starts right of the anchor (points) rather than centred on it (areas, lines).</summary>
    public bool RightOfAnchor => OffsetX > 0;
}
