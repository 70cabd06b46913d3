using GeoPlan.Rendering;
using GeoPlan.Testing;

namespace GeoPlan.Rendering.Tests;

/// <summary>Skips a test that needs Chinese glyphs when no such font is installed, and fails it in CI.</summary>
internal static class ChineseFont
{
    public static void Require()
    {
        if (!LabelFont.Default.CoversChinese)
        {
            ExternalTool.Missing($"{LabelFont.InstallAdvice} (tools/test.sh does so when run as root)");
        }
    }
}
