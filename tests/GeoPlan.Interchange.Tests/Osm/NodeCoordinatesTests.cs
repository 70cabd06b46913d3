using GeoPlan.Interchange.Reading.Osm;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Tests.Osm;

/// <summary>Node coordinates are kept for the wanted nodes only, in any file order, to OSM's seventh decimal.</summary>
public sealed class NodeCoordinatesTests
{
    [Fact]
    public void Only_wanted_nodes_are_kept_each_once()
    {
        var nodes = new NodeCoordinates();
        // Far more references than the first array holds, each node used by two ways, in no particular order.
        for (var pass = 0; pass < 2; pass++)
        {
            for (long id = 10_000; id > 0; id -= 2)
            {
                nodes.Want(id);
            }
        }

        nodes.Seal();

        Assert.Equal(5_000, nodes.Count);
        nodes.Offer(4, 123.4, 41.8);
        nodes.Offer(5, 123.5, 41.9);
        Assert.True(nodes.TryGet(4, out var kept));
        Assert.Equal(new Coordinate(123.4, 41.8), kept);
        Assert.False(nodes.TryGet(5, out _));
        Assert.False(nodes.TryGet(6, out _));
    }

    [Fact]
    public void A_wanted_node_the_file_never_offers_is_not_found()
    {
        var nodes = new NodeCoordinates();
        nodes.Want(7);
        nodes.Seal();

        Assert.False(nodes.TryGet(7, out _));
    }

    [Theory]
    [InlineData(-179.9999999, -89.9999999)]
    [InlineData(179.9999999, 89.9999999)]
    [InlineData(123.4301234, 41.8056789)]
    public void Positions_round_trip_at_seven_decimals_across_the_globe(double longitude, double latitude)
    {
        var nodes = new NodeCoordinates();
        nodes.Want(1);
        nodes.Seal();
        nodes.Offer(1, longitude + 2e-9, latitude - 2e-9);

        Assert.True(nodes.TryGet(1, out var coordinate));
        Assert.Equal(new Coordinate(longitude, latitude), coordinate);
    }

    [Fact]
    public void Ids_are_gathered_before_coordinates_are_filled_in()
    {
        var nodes = new NodeCoordinates();
        Assert.Throws<InvalidOperationException>(() => nodes.Offer(1, 0, 0));
        nodes.Seal();
        Assert.Throws<InvalidOperationException>(() => nodes.Want(1));
    }
}
