using GeoPlan.Testing;

namespace GeoPlan.Geodata.Tests;

/// <summary><c>plan/actuals.json</c>: bundled actual values are read with their source and date, and each broken rule is reported by entry.</summary>
public sealed class ActualsFileTests : IDisposable
{
    private const string Valid = """{"indicator_id": 1, "year": 2023, "value": 8122.1, "source": "沈阳市2023年国民经济和社会发展统计公报", "as_of": "2024-04-01"}""";

    private readonly TemporaryDirectory _copy = new();

    public ActualsFileTests() => BundledGeodata.CopyTo(_copy.Path);

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_sourced_value_is_read_with_its_comparison_values()
    {
        WriteActuals(Valid.Replace("}", """, "comparison_values": {"gdp_growth": 5.6}}""", StringComparison.Ordinal));

        var read = GeodataReader.Read(new GeodataDirectory(_copy.Path));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        var actual = Assert.Single(read.Dataset.Actuals);
        Assert.Equal((1, 2023, 8122.1, new DateOnly(2024, 4, 1)), (actual.IndicatorId, actual.Year, actual.Value, actual.AsOf));
        Assert.Equal(5.6, actual.ComparisonValues["gdp_growth"]);
    }

    [Fact]
    public void Without_the_file_there_are_no_bundled_values_and_no_problem()
    {
        File.Delete(Path.Combine(_copy.Path, "plan", "actuals.json"));

        var read = GeodataReader.Read(new GeodataDirectory(_copy.Path));

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Empty(read.Dataset.Actuals);
    }

    [Theory]
    [InlineData("\"indicator_id\": 1,", "\"indicator_id\": 35,", "no indicator 35")]
    [InlineData("\"year\": 2023", "\"year\": 1999", "year:")]
    [InlineData("\"source\": \"沈阳市2023年国民经济和社会发展统计公报\"", "\"source\": \"\"", "source:")]
    [InlineData("\"as_of\": \"2024-04-01\"", "\"as_of\": \"2999-04-01\"", "as_of:")]
    [InlineData("\"as_of\": \"2024-04-01\"", "\"as_of\": \"2022-04-01\"", "as_of:")]
    public void A_broken_rule_is_reported_with_the_entry_in_the_reader_and_the_load_reader(string from, string to, string message)
    {
        WriteActuals(Valid.Replace(from, to, StringComparison.Ordinal));
        var directory = new GeodataDirectory(_copy.Path);

        var problems = GeodataReader.Read(directory).Problems;
        var loadProblems = GeodataStreamReader.Open(directory).Problems;

        foreach (var found in new[] { problems, loadProblems })
        {
            Assert.Contains(found, p => p.File == Path.Combine("plan", "actuals.json") && p.Item!.StartsWith("actuals[0]", StringComparison.Ordinal)
                && p.Message.Contains(message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_second_value_for_the_same_indicator_and_year_is_reported()
    {
        WriteActuals(Valid, Valid);

        var problems = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;

        var problem = Assert.Single(problems);
        Assert.StartsWith("actuals[1]", problem.Item, StringComparison.Ordinal);
        Assert.Contains("same indicator and year", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported_for_the_file()
    {
        WriteActuals(Valid.Replace("2024-04-01", "April 2024", StringComparison.Ordinal));

        var problems = GeodataReader.Read(new GeodataDirectory(_copy.Path)).Problems;

        Assert.Contains(problems, p => p.File == Path.Combine("plan", "actuals.json") && p.Item is null);
    }

    private void WriteActuals(params string[] entries) =>
        File.WriteAllText(Path.Combine(_copy.Path, "plan", "actuals.json"), $"{{\"actuals\": [{string.Join(", ", entries)}]}}");
}
