using GeoPlan.Rendering;
using GeoPlan.Testing;

namespace GeoPlan.Rendering.Tests;

/// <summary>Skips a test that needs Chinese glyphs when no such font is installed, and fails it in CI.</summary>
internal static class ChineseFont
{
    public static void Require()
    {
        if (LabelFont.Default.CoversChinese)
        {
            return;
        }

        var message = $"{LabelFont.InstallAdvice} (tools/test.sh does so when run as root)";
        if (ExternalTool.InCi)
        {
            throw new InvalidOperationException($"CI=true: {message}");
        }

        Skip.If(true, message);
    }
}
