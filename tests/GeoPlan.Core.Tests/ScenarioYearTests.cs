using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Tests;

public sealed class ScenarioYearTests
{
    [Theory]
    [InlineData(FeatureStatus.Operating, 2023, null, 2023, true)]
    [InlineData(FeatureStatus.Operating, 2023, null, 2022, false)]
    [InlineData(FeatureStatus.Operating, null, null, 1990, true)]
    [InlineData(FeatureStatus.UnderConstruction, null, 2025, 2025, true)]
    [InlineData(FeatureStatus.UnderConstruction, null, 2025, 2023, false)]
    [InlineData(FeatureStatus.UnderConstruction, null, null, 2035, false)]
    [InlineData(FeatureStatus.Proposed, null, null, 2025, false)]
    [InlineData(FeatureStatus.Planned, 2027, 2025, 2025, false)]
    public void A_feature_exists_once_it_opens_or_once_its_target_year_comes(
        FeatureStatus status, int? openYear, int? targetYear, int year, bool exists)
    {
        var feature = new PlanFeature
        {
            Id = "f",
            Layer = "rail_lines",
            Geometry = Point.Empty,
            NameZh = "线",
            NameEn = "line",
            Status = status,
            OpenYear = openYear,
            TargetYear = targetYear,
            Source = "test",
            AccuracyM = 1,
        };

        Assert.Equal(exists, new ScenarioYear(year).Includes(feature));
    }
}
