using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;

namespace GeoPlan.Rendering;

/// <summary>A feature's label text: the style's field in the map's language, else the feature's name in that language.</summary>
internal static class LabelText
{
    public static string Of(PlanFeature feature, LabelStyle style, MapLanguage language)
    {
        var text = style.Field(language) switch
        {
            "name_zh" => feature.NameZh,
            "name_en" => feature.NameEn,
            var field => feature.Attributes.GetValueOrDefault(field) as string,
        };
        return string.IsNullOrWhiteSpace(text) ? (language == MapLanguage.Zh ? feature.NameZh : feature.NameEn) : text;
    }
}
