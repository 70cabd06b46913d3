namespace GeoPlan.Core.Model;

/// <summary>How an actual value is held against a target value.</summary>
public enum Comparison
{
    /// <summary>Reach the value or more (达到, 以上, 不低于).</summary>
    AtLeast,

    /// <summary>Exceed the value (突破, 超过).</summary>
    Above,

    /// <summary>Stay at or below the value (以内, 不超过; ranks such as 全国前 20).</summary>
    AtMost,

    /// <summary>Equal the value.</summary>
    Equal,

    /// <summary>Roughly the value (左右).</summary>
    About,

    /// <summary>The target is a sentence, not a number (与经济增长基本同步).</summary>
    Qualitative,
}
