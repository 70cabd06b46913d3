using GeoPlan.Core.Model;

namespace GeoPlan.Core.Tests;

public sealed class WireNameTests
{
    [Theory]
    [InlineData(FeatureStatus.Operating, "operating")]
    [InlineData(FeatureStatus.UnderConstruction, "under_construction")]
    [InlineData(FeatureStatus.Planned, "planned")]
    [InlineData(FeatureStatus.Proposed, "proposed")]
    public void Statuses_have_snake_case_wire_names_both_ways(FeatureStatus status, string text)
    {
        Assert.Equal(text, WireName.Of(status));
        Assert.True(WireName.TryParse(text, out FeatureStatus parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData("Operating")]
    [InlineData("under construction")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_spellings_are_not_statuses(string? text) => Assert.False(WireName.TryParse(text, out FeatureStatus _));

    [Fact]
    public void All_lists_every_name_in_declaration_order() =>
        Assert.Equal(["at_least", "above", "at_most", "equal", "about", "qualitative"], WireName.All<Comparison>());
}
